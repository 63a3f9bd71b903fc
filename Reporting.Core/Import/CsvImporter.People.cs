using Reporting.Core.Domain;
using Reporting.Core.Storage;
using S = Reporting.Core.Import.ImportSchema;

namespace Reporting.Core.Import;

public static partial class CsvImporter
{
    /// <summary>Youngest plausible age at entry, in years (birth_year ≤ entry year − 14).</summary>
    private const int MinimumAge = 14;

    /// <summary>Earliest plausible birth year.</summary>
    private const int EarliestBirthYear = 1930;

    private static Participant? ReadParticipant(RowCells row, ImportContext context)
    {
        var projectId = row.Required(S.ProjectId);
        var id = row.Required(S.ParticipantId);
        var entry = row.Date(S.EntryDate);
        var exit = row.Date(S.ExitDate);
        var reason = row.ExitReason(S.ExitReason);
        var gender = row.Gender(S.Gender);
        var birthYear = row.Integer(S.BirthYear);
        var longTerm = row.Boolean(S.LongTermUnemployed);
        var refugee = row.Boolean(S.Refugee);
        var disabled = row.Boolean(S.SeverelyDisabled);
        var project = KnownProject(row, context, projectId);

        if (entry is { } en)
        {
            if (exit is { } ex && ex < en)
            {
                row.Error(S.ExitDate, ImportMessages.ExitBeforeEntry(row.Trimmed(S.ExitDate)!, en));
            }
            if (project is not null && !project.Runtime.Contains(en))
            {
                row.Error(S.EntryDate, ImportMessages.EntryOutsideRuntime(row.Trimmed(S.EntryDate)!, projectId!, project.Runtime));
            }
            if (birthYear is { } year && (year < EarliestBirthYear || year > en.Year - MinimumAge))
            {
                row.Error(S.BirthYear, ImportMessages.BirthYearOutOfRange(row.Trimmed(S.BirthYear)!, en.Year - MinimumAge));
            }
        }
        if (reason is not null && row.Trimmed(S.ExitDate) is null)
        {
            row.Error(S.ExitReason, ImportMessages.ExitReasonWithoutExitDate);
        }
        if (projectId is not null && id is not null)
        {
            RejectIfFailed(row, context, RecordKind.Participants, ImportMessages.ParticipantKey(projectId, id));
        }
        if (projectId is null || id is null
            || !IsNewKey(row, context, RecordKind.Participants, ImportMessages.ParticipantKey(projectId, id), S.ParticipantId)
            || row.HasErrors)
        {
            return null;
        }
        return new Participant(
            new ProjectId(projectId), new ParticipantId(id), entry!.Value, exit, reason, gender, birthYear, longTerm, refugee, disabled);
    }

    private static Placement? ReadPlacement(RowCells row, ImportContext context)
    {
        var projectId = row.Required(S.ProjectId);
        var participantId = row.Required(S.ParticipantId);
        var date = row.Date(S.PlacementDate);
        var kind = row.PlacementKind(S.PlacementKind);
        var sector = row.Text(S.Sector);
        var sustained = row.Boolean(S.Sustained6m);
        var project = KnownProject(row, context, projectId);

        if (project is not null && participantId is not null)
        {
            var participant = context.Participant(project.Id, new ParticipantId(participantId));
            if (participant is null)
            {
                ReferenceError(row, context, S.ParticipantId, RecordKind.Participants,
                    ImportMessages.ParticipantKey(projectId!, participantId), ImportMessages.UnknownParticipant(participantId, projectId!));
            }
            else if (date is { } d && d < participant.EntryDate)
            {
                row.Error(S.PlacementDate, ImportMessages.PlacementBeforeEntry(row.Trimmed(S.PlacementDate)!, participant.EntryDate));
            }
        }
        if (projectId is null || participantId is null || date is null || kind is null
            || !IsNewKey(row, context, RecordKind.Placements,
                ImportMessages.PlacementKey(projectId, participantId, date.Value, kind.Value), S.PlacementDate)
            || row.HasErrors)
        {
            return null;
        }
        return new Placement(new ProjectId(projectId), new ParticipantId(participantId), date.Value, kind.Value, sector, sustained);
    }
}
