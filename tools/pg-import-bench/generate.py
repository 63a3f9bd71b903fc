import random, datetime, os
random.seed(7)
import sys
out=sys.argv[1]
os.makedirs(out, exist_ok=True)
D=datetime.date
def d(x): return x.isoformat()
P=200
with open(f'{out}/programs.csv','w') as f:
    f.write('program_id;name;funder\n')
    for i in range(5): f.write(f'PRG-{i};Programm {i};Land\n')
cats=['PERS','SACH','S1','S2','VERW']
projects=[]
with open(f'{out}/projects.csv','w') as f, open(f'{out}/budget_lines.csv','w') as b:
    f.write('project_id;program_id;name;start_date;end_date;grant_amount;target_placements\n')
    b.write('project_id;cost_category;label;approved_amount\n')
    for i in range(P):
        s=D(2017,1,1)+datetime.timedelta(days=random.randint(0,365)); e=s+datetime.timedelta(days=365*4)
        projects.append((f'PJ-{i:04d}',s,e))
        f.write(f'PJ-{i:04d};PRG-{i%5};Projekt {i};{d(s)};{d(e)};5800000,00;300\n')
        for c in cats: b.write(f'PJ-{i:04d};{c};Kostenart {c};1.000.000,00\n')
NP=2500
with open(f'{out}/participants.csv','w') as f, open(f'{out}/placements.csv','w') as pl:
    f.write('project_id;participant_id;entry_date;exit_date;exit_reason;gender;birth_year;long_term_unemployed\n')
    pl.write('project_id;participant_id;placement_date;kind;sector;sustained_6m\n')
    for pid,s,e in projects:
        for n in range(NP):
            en=s+datetime.timedelta(days=random.randint(0,1000))
            ex=en+datetime.timedelta(days=random.randint(30,400)) if random.random()<0.6 else None
            f.write(f'{pid};T-{n:05d};{d(en)};{d(ex) if ex else ""};{"placement" if ex else ""};{random.choice("fmd")};{random.randint(1960,1999)};{random.choice(["ja","nein"])}\n')
            if random.random()<0.3:
                pl.write(f'{pid};T-{n:05d};{d(en+datetime.timedelta(days=random.randint(1,300)))};{random.choice(["employment","apprenticeship","subsidised"])};Pflege;{random.choice(["ja","nein",""])}\n')
with open(f'{out}/expenditures.csv','w') as f:
    f.write('project_id;voucher_no;payment_date;cost_category;amount;payee;description\n')
    for pid,s,e in projects:
        for n in range(2750):
            f.write(f'{pid};B-{n:05d};{d(s+datetime.timedelta(days=random.randint(0,1400)))};{random.choice(cats)};{random.randint(-1000,500000)/100:.2f}'.replace('.',',')+f';Firma {n%97} GmbH;Rechnung {n}\n')
with open(f'{out}/disbursements.csv','w') as f:
    f.write('project_id;request_no;request_date;received_date;amount\n')
    for pid,s,e in projects:
        for n in range(250):
            rd=s+datetime.timedelta(days=n*5)
            f.write(f'{pid};MA-{n:03d};{d(rd)};{d(rd+datetime.timedelta(days=14))};10.000,00\n')
