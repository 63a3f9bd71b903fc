using Reporting.Core.Import;
using Reporting.Core.Storage;

namespace Reporting.Core.Generation;

/// <summary>
/// The seven files of a generated data set, written side by side into temporary files and moved into place only when
/// all of them are complete: a failed run leaves no half-written file behind (and no temporary one).
/// </summary>
internal sealed class GeneratorFiles : IDisposable
{
    /// <summary>The kinds in import order, each with its file name.</summary>
    public static readonly (RecordKind Kind, string Name)[] Kinds =
    [
        (RecordKind.Programs, "programs.csv"),
        (RecordKind.Projects, "projects.csv"),
        (RecordKind.BudgetLines, "budget_lines.csv"),
        (RecordKind.Participants, "participants.csv"),
        (RecordKind.Placements, "placements.csv"),
        (RecordKind.Expenditures, "expenditures.csv"),
        (RecordKind.Disbursements, "disbursements.csv"),
    ];

    private readonly string _folder;
    private readonly CsvRowWriter[] _writers;
    private bool _committed;

    public GeneratorFiles(string folder, HeaderLanguage headers)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
        _writers = new CsvRowWriter[Kinds.Length];
        try
        {
            for (int i = 0; i < Kinds.Length; i++)
            {
                _writers[i] = new CsvRowWriter(TemporaryPath(i));
                _writers[i].Header(ImportSchema.Columns(Kinds[i].Kind).Select(c => headers == HeaderLanguage.English ? c.English : c.German));
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public CsvRowWriter Programs => _writers[0];
    public CsvRowWriter Projects => _writers[1];
    public CsvRowWriter BudgetLines => _writers[2];
    public CsvRowWriter Participants => _writers[3];
    public CsvRowWriter Placements => _writers[4];
    public CsvRowWriter Expenditures => _writers[5];
    public CsvRowWriter Disbursements => _writers[6];

    /// <summary>Flushes and closes every file, then moves them into place (replacing files of an earlier run).</summary>
    public IReadOnlyList<GeneratedFile> Commit()
    {
        foreach (var writer in _writers)
        {
            writer.Dispose();
        }
        var files = new GeneratedFile[Kinds.Length];
        for (int i = 0; i < Kinds.Length; i++)
        {
            var path = Path.Combine(_folder, Kinds[i].Name);
            File.Move(TemporaryPath(i), path, overwrite: true);
            files[i] = new GeneratedFile(Kinds[i].Kind, path, _writers[i].Rows);
        }
        _committed = true;
        return files;
    }

    /// <summary>Without <see cref="Commit"/>: closes and deletes the temporary files.</summary>
    public void Dispose()
    {
        if (_committed)
        {
            return;
        }
        for (int i = 0; i < _writers.Length; i++)
        {
            _writers[i]?.Dispose();
            File.Delete(TemporaryPath(i));
        }
    }

    private string TemporaryPath(int i) => Path.Combine(_folder, "." + Kinds[i].Name + ".part");
}
