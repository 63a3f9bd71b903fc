namespace Reporting.Core.Excel;

/// <summary>Excel's date serials (1900 date system, as Excel for Windows and LibreOffice write by default).</summary>
internal static class ExcelDate
{
    private static readonly int Epoch = new DateOnly(1899, 12, 30).DayNumber;
    /// <summary>The first date <see cref="ToSerial"/> accepts.</summary>
    public static readonly DateOnly FirstSupported = new(1900, 3, 1);

    /// <summary>
    /// The serial Excel shows for <paramref name="date"/>: 1 = 1900-01-01 … 43312 = 2018-07-31. Dates before
    /// 1900-03-01 are rejected, because Excel counts a 29 February 1900 that never was.
    /// </summary>
    public static int ToSerial(DateOnly date)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(date, FirstSupported);
        return date.DayNumber - Epoch;
    }

    public static DateOnly FromSerial(int serial)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(serial, 61);
        return DateOnly.FromDayNumber(Epoch + serial);
    }
}
