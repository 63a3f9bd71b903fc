using Reporting.Core.Import;

namespace Reporting.Tests.Import;

/// <summary>A small but realistic set of German Excel exports (Windows-1252, <c>;</c>, German headers and numbers).</summary>
internal static class GermanSampleFiles
{
    public static ImportFile[] All() =>
    [
        ImportFiles.Windows1252("Programme.csv", ImportFiles.Lines(
            "Programm-ID;Programm;Mittelgeber;Rechtsgrundlage",
            "P-LAND;\"Modellprojekte; Integration Langzeitarbeitsloser\";Land;§ 44 LHO NRW",
            "P-ESF;ESF-Förderung;ESF;")),
        ImportFiles.Windows1252("Projekte.csv", ImportFiles.Lines(
            "Projekt-ID;Programm-ID;Projektname;Zuwendungsempfänger;Region;Beginn;Ende;Zuwendung;Eigenmittel;Drittmittel;Zielwert Vermittlungen;Plätze;Zielarten",
            "SCLA;P-LAND;Service Center lokale Arbeit;Stadt Dortmund;Dortmund;01.07.2017;30.09.2019;5.800.000,00;120.000,00;;210;;\"svB;Ausbildung\"",
            "BRÜCKE;P-ESF;Brücke in Arbeit;Müller & Söhne gGmbH;Köln;1.1.2018;31.12.2020;750000;;25.000,50;40;60;")),
        ImportFiles.Windows1252("Finanzplan.csv", ImportFiles.Lines(
            "Projekt-ID;Kostenart;Bezeichnung;Bewilligt",
            "SCLA;Personal;Personalausgaben;4.200.000,00",
            "SCLA;Sachkosten;\"Miete; Reisen; Material\";1.600.000,00",
            "BRÜCKE;Personal;;600.000")),
        ImportFiles.Windows1252("Teilnehmende.csv", ImportFiles.Lines(
            "Projekt-ID;Teilnehmer-ID;Eintritt;Austritt;Austrittsgrund;Geschlecht;Geburtsjahr;langzeitarbeitslos;geflüchtet;schwerbehindert",
            "SCLA;TN-0001;31.07.2018;;;w;1971;ja;nein;",
            "SCLA;TN-0002;01.08.2018;28.02.2019;Vermittlung;m;1985;j;n;n",
            "SCLA;TN-0003;15.08.2018;30.11.2018;Abbruch;d;;x;;",
            "BRÜCKE;TN-0001;02.01.2018;30.06.2018;Qualifizierung;W;1990;nein;ja;nein")),
        ImportFiles.Windows1252("Vermittlungen.csv", ImportFiles.Lines(
            "Projekt-ID;Teilnehmer-ID;Vermittlungsdatum;Art;Branche;nachhaltig",
            "SCLA;TN-0002;01.03.2019;sozialversicherungspflichtige Beschäftigung;Logistik;ja",
            "BRÜCKE;TN-0001;01.07.2018;Ausbildung;Pflege;")),
        ImportFiles.Windows1252("Ausgaben.csv", ImportFiles.Lines(
            "Projekt-ID;Belegnummer;Zahlungsdatum;Kostenart;Betrag;Empfänger;Verwendungszweck",
            "SCLA;2018-0001;31.07.2018;Personal;48.250,00;Stadt Dortmund;\"Gehälter Juli; Team A\"",
            "SCLA;2018-0002;15.08.2018;Sachkosten;1.234,56;Bürobedarf Schäfer;Material für Förderung",
            "SCLA;2018-0003;20.08.2018;Sachkosten;-234,56;Bürobedarf Schäfer;Gutschrift (Erstattung)",
            "BRÜCKE;B-17;10.01.2018;Personal;12500;Müller & Söhne gGmbH;Personal Januar")),
        ImportFiles.Windows1252("Mittelabrufe.csv", ImportFiles.Lines(
            "Projekt-ID;Abruf-Nr.;Abrufdatum;Eingangsdatum;Betrag",
            "SCLA;1;01.07.2018;16.07.2018;1.450.000,00",
            "BRÜCKE;A-2018-01;02.01.2018;;150.000,00")),
    ];
}
