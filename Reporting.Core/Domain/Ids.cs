namespace Reporting.Core.Domain;

/// <summary>Key of a funding program (Programm-ID).</summary>
public readonly record struct ProgramId(string Value)
{
    public override string ToString() => Value;
}

/// <summary>Key of a project (Projekt-ID).</summary>
public readonly record struct ProjectId(string Value)
{
    public override string ToString() => Value;
}

/// <summary>Pseudonymous key of a participant within a project (Teilnehmer-ID). Never a name.</summary>
public readonly record struct ParticipantId(string Value)
{
    public override string ToString() => Value;
}
