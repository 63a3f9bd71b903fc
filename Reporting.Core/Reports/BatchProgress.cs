namespace Reporting.Core.Reports;

/// <summary>The job a batch run is at: reported as each job starts.</summary>
/// <param name="Job">The job's number, from 1.</param>
/// <param name="Jobs">How many jobs the batch has.</param>
/// <param name="Description">The job as <see cref="BatchRunner.Describe"/> names it.</param>
public readonly record struct BatchProgress(int Job, int Jobs, string Description);
