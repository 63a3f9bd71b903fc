using System.IO.Compression;

namespace Reporting.Core.Excel;

/// <summary>
/// Writes an .xlsx package straight to a stream, row by row, at flat memory: nothing of a sheet is kept once its row
/// is written, so a million-row export needs no more memory than a ten-row one. Strings are written inline (no
/// shared-strings table), number formats are set by code, and no clock is read (the creation date is in
/// <see cref="XlsxDocumentInfo"/>). Sheets are written one after another: adding a sheet completes the previous one.
/// </summary>
/// <example>
/// <code>
/// using var writer = new StreamingXlsxWriter(stream, new XlsxDocumentInfo("Belegliste", "Projekt 4711", "FundingReports", created));
/// var sheet = writer.AddSheet("Belegliste", [new XlsxColumn("Datum", 11, XlsxStyle.Date), new XlsxColumn("Betrag", 14, XlsxStyle.Euro)]);
/// sheet.WriteRow(new DateOnly(2018, 7, 31), 1234.56m);
/// sheet.WriteTotalRow("Summe", XlsxCell.Formula(sheet.SubtotalSum(1), 1234.56m));
/// </code>
/// </example>
internal sealed partial class StreamingXlsxWriter : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly XlsxDocumentInfo _info;
    private readonly List<SheetEntry> _sheets = [];
    private static readonly DateTime ZipEpoch = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly DateTimeOffset _entryTime;
    private XlsxSheetWriter? _current;
    private bool _disposed;
    private bool _aborted;

    /// <param name="output">Receives the package; it need not be seekable.</param>
    /// <param name="info">Document properties.</param>
    /// <param name="leaveOpen">Leave <paramref name="output"/> open after <see cref="Dispose"/>.</param>
    /// <param name="compression">Deflate effort. <see cref="CompressionLevel.Optimal"/> needs about four times the CPU of
    /// the whole write for a file about 43 % smaller (docs/xlsx.md).</param>
    public StreamingXlsxWriter(Stream output, XlsxDocumentInfo info, bool leaveOpen = false, CompressionLevel compression = CompressionLevel.Fastest)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(info);
        _info = info;
        // Zip stores local times from 1980 on; clamp so any creation date is accepted.
        var created = info.Created.UtcDateTime;
        _entryTime = new DateTimeOffset(created < ZipEpoch ? ZipEpoch : created, TimeSpan.Zero);
        Compression = compression;
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen);
    }

    internal CompressionLevel Compression { get; }

    /// <summary>
    /// Starts a new sheet (completing the previous one). A header row with the column headers is written first,
    /// below the optional <paramref name="titleLines"/> (e.g. "Stichtag: 31.12.2018"), one per row in column A.
    /// </summary>
    /// <param name="name">Validated by <see cref="XlsxSheetName"/>, unique (case-insensitive) within the workbook.</param>
    /// <param name="columns">At least one column.</param>
    /// <param name="freezeHeaderRow">Freeze the rows down to the header row so it stays visible while scrolling.</param>
    /// <param name="autoFilter">Filter buttons on the header row over the data rows (not over total rows).</param>
    /// <param name="printSetup">A4, fit to width, header/footer; <see langword="null"/> for <c>new XlsxPrintSetup()</c>.</param>
    /// <param name="titleLines">Text lines above the header row.</param>
    /// <param name="headerRow">False for a free layout (form sheets): no header row, no freeze, filter or print titles;
    /// the columns only give widths and default styles.</param>
    /// <param name="protect">Lock the sheet (every cell is computed); filtering and sorting stay allowed.</param>
    public XlsxSheetWriter AddSheet(
        string name,
        IReadOnlyList<XlsxColumn> columns,
        bool freezeHeaderRow = true,
        bool autoFilter = true,
        XlsxPrintSetup? printSetup = null,
        IReadOnlyList<string>? titleLines = null,
        bool headerRow = true,
        bool protect = false)
    {
        ObjectDisposedException.ThrowIf(_disposed || _aborted, this);
        XlsxSheetName.Validate(name);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfZero(columns.Count, nameof(columns));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(columns.Count, XlsxReference.MaxColumns, nameof(columns));
        if (_sheets.Exists(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"The workbook already has a sheet named '{name}'.", nameof(name));
        }
        CompleteCurrent();
        var index = _sheets.Count + 1;
        var entry = CreateEntry($"xl/worksheets/sheet{index}.xml");
        var layout = new XlsxSheetLayout(name, columns, freezeHeaderRow, autoFilter, printSetup ?? new XlsxPrintSetup(), titleLines ?? [], headerRow, protect);
        _current = new XlsxSheetWriter(entry.Open(), layout, isFirstSheet: index == 1);
        _sheets.Add(new SheetEntry(name, _current));
        return _current;
    }

    /// <summary>
    /// Completes the last sheet and writes the workbook parts; the package is complete afterwards. Without any sheet
    /// nothing more is written and the output is no workbook (Dispose does not throw, so it cannot hide the exception
    /// that left the workbook empty). After <see cref="Abort"/>, or once the output has thrown, the output is only
    /// closed and Dispose does not throw, so the first error is the one the caller sees.
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        if (_aborted || _current?.Faulted == true)
        {
            // The error that stopped the writing has been thrown already; completing would only throw another.
            CloseAbandoned();
            return;
        }
        try
        {
            CompleteCurrent();
            if (_sheets.Count > 0)
            {
                WritePackageParts();
            }
        }
        catch
        {
            CloseAbandoned();
            throw;
        }
        _zip.Dispose();
    }

    /// <summary>
    /// Gives the package up: nothing more is written, the open part and the output are closed, and neither this nor
    /// <see cref="Dispose"/> throws, so the exception that made the caller stop is the one that surfaces. What was
    /// written is no workbook; callers write to a temporary file and delete it (as <c>AtomicFile</c> does).
    /// </summary>
    public void Abort()
    {
        if (_aborted)
        {
            return;
        }
        _aborted = true;
        if (!_disposed)
        {
            _disposed = true;
            CloseAbandoned();
        }
    }

    /// <summary>Completes the sheet being written; if that fails, the package is given up (see <see cref="Abort"/>).</summary>
    private void CompleteCurrent()
    {
        try
        {
            _current?.Complete();
        }
        catch
        {
            _aborted = true;
            throw;
        }
    }

    private void CloseAbandoned()
    {
        _aborted = true;
        try
        {
            _current?.Abandon();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The package is being given up; the error that led here is the one to report.
        }
        try
        {
            _zip.Dispose();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // As above: a broken output stream must not hide the first error.
        }
    }

    /// <summary>A package entry stamped with the document's creation time, so the same input gives the same bytes.</summary>
    private ZipArchiveEntry CreateEntry(string path)
    {
        var entry = _zip.CreateEntry(path, Compression);
        entry.LastWriteTime = _entryTime;
        return entry;
    }

    private sealed record SheetEntry(string Name, XlsxSheetWriter Writer);
}
