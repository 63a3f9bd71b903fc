using Reporting.Core.Domain;
using Reporting.Core.Storage;
using S = Reporting.Core.Import.ImportSchema;

namespace Reporting.Core.Import;

internal static partial class CsvImporter
{
    /// <summary>Youngest plausible age at entry, in years (birth_year ≤ entry year − 14).</summary>
    private const int MinimumAge = 14;

    /// <summary>Earliest plausible birth year.</summary>
    private const int EarliestBirthYear = 1930;

    private static void ReadParticipant(RowCells row, ImportContext context)
    {
        var projectId = row.Required(S.ProjectId);
        var id = row.Required(S.ParticipantId);
        if (id is not null && PersonalData.IdProblem(id) is { } notPseudonym)
        {
            row.Error(S.ParticipantId, notPseudonym);
        }
        var entry = row.Date(S.EntryDate);
        var exit = row.Date(S.ExitDate);
        var reason = row.ExitReason(S.ExitReason);
        var gender = row.Gender(S.Gender);
        var birthYear = row.Integer(S.BirthYear);
        var longTerm = row.Boolean(S.LongTermUnemployed);
        var refugee = row.Boolean(S.Refugee);
        var disabled = row.Boolean(S.SeverelyDisabled);
        var project = KnownProject(row, context, projectId);

        void Check(Participant p, bool warn)
        {
            var en = p.EntryDate;
            if (p.ExitDate is { } ex && ex < en)
            {
                row.Error(S.ExitDate, ImportMessages.ExitBeforeEntry(row.Trimmed(S.ExitDate) ?? Iso(ex), en));
            }
            if (project is not null && !project.Runtime.Contains(en))
            {
                row.Error(S.EntryDate, ImportMessages.EntryOutsideRuntime(row.Trimmed(S.EntryDate) ?? Iso(en), projectId!, project.Runtime));
            }
            if (p.BirthYear is { } year && (year < EarliestBirthYear || year > en.Year - MinimumAge))
            {
                row.Error(S.BirthYear, ImportMessages.BirthYearOutOfRange(row.Trimmed(S.BirthYear) ?? Iso(year), en.Year - MinimumAge));
            }
            if (p.ExitReason is not null && p.ExitDate is null && row.Trimmed(S.ExitDate) is null)
            {
                row.Error(S.ExitReason, ImportMessages.ExitReasonWithoutExitDate);
            }
        }

        if (entry is null && reason is not null && row.Trimmed(S.ExitDate) is null)
        {
            row.Error(S.ExitReason, ImportMessages.ExitReasonWithoutExitDate);
        }
        if (projectId is null || id is null)
        {
            return;
        }
        Participant? candidate = entry is { } e
            ? new(new ProjectId(projectId), new ParticipantId(id), e, exit, reason, gender, birthYear, longTerm, refugee, disabled)
            : null;
        if (candidate is not null)
        {
            Check(candidate, true);
        }
        Participant Build(Participant s) => new(
            s.ProjectId, s.Id,
            Pick(row, S.EntryDate, entry ?? s.EntryDate, s.EntryDate),
            Pick(row, S.ExitDate, exit, s.ExitDate),
            Pick(row, S.ExitReason, reason, s.ExitReason),
            Pick(row, S.Gender, gender, s.Gender),
            Pick(row, S.BirthYear, birthYear, s.BirthYear),
            Pick(row, S.LongTermUnemployed, longTerm, s.LongTermUnemployed),
            Pick(row, S.Refugee, refugee, s.Refugee),
            Pick(row, S.SeverelyDisabled, disabled, s.SeverelyDisabled));
        Store(row, context, new RecordKey(RecordKind.Participants, projectId, id), S.ParticipantId, candidate, Build, Check);
        context.ParticipantWritten(projectId);
    }

    private static void ReadPlacement(RowCells row, ImportContext context)
    {
        var projectId = row.Required(S.ProjectId);
        var participantId = row.Required(S.ParticipantId);
        if (participantId is not null && PersonalData.IdProblem(participantId) is { } notPseudonym)
        {
            row.Error(S.ParticipantId, notPseudonym);
        }
        var date = row.Date(S.PlacementDate);
        var kind = row.PlacementKind(S.PlacementKind);
        var sector = row.Text(S.Sector);
        var sustained = row.Boolean(S.Sustained6m);
        var project = KnownProject(row, context, projectId);

        if (project is not null && participantId is not null)
        {
            var entry = context.EntryDate(project.Id, new ParticipantId(participantId));
            if (entry is not { } entered)
            {
                ReferenceError(row, context, S.ParticipantId, RecordKind.Participants,
                    ImportMessages.ParticipantKey(projectId!, participantId), ImportMessages.UnknownParticipant(participantId, projectId!));
            }
            else if (date is { } d && d < entered)
            {
                row.Error(S.PlacementDate, ImportMessages.PlacementBeforeEntry(row.Trimmed(S.PlacementDate)!, entered));
            }
        }
        if (projectId is null || participantId is null || date is null || kind is null)
        {
            return;
        }
        var candidate = new Placement(new ProjectId(projectId), new ParticipantId(participantId), date.Value, kind.Value, sector, sustained);
        Placement Build(Placement s) => s with
        {
            Sector = Pick(row, S.Sector, sector, s.Sector),
            Sustained6m = Pick(row, S.Sustained6m, sustained, s.Sustained6m),
        };
        Store(row, context, RecordKey.Of(candidate), S.PlacementDate, candidate, Build, (_, _) => { });
    }

    private static string Iso(DateOnly d) => Rows.Date(d);

    private static string Iso(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
