using System.Text;

namespace Reporting.Bench.Forms;

/// <summary>Counts the page objects of a PDF written by Skia (whose object dictionaries are not compressed).</summary>
internal static class PdfPages
{
    private static readonly byte[] PageType = Encoding.ASCII.GetBytes("/Type /Page");

    public static int Count(string path)
    {
        var bytes = File.ReadAllBytes(path).AsSpan();
        int pages = 0;
        int at;
        while ((at = bytes.IndexOf(PageType)) >= 0)
        {
            var next = at + PageType.Length < bytes.Length ? bytes[at + PageType.Length] : (byte)' ';
            if (next != (byte)'s')
            {
                pages++;
            }
            bytes = bytes[(at + PageType.Length)..];
        }
        return pages;
    }
}
