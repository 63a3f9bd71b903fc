using System.Globalization;
using System.Text;

namespace Reporting.Cli;

/// <summary>What the command line prints for people goes through here once: characters that steer a terminal instead of
/// showing text (escape sequences, carriage returns, backspaces, C1 controls, bidirectional overrides) are written as
/// visible escapes such as <c>\x1b</c> or <c>\u202e</c>, so a file header, an id or a name from the data can neither
/// recolour, rewrite nor hide what the user reads. Line breaks and tabs stay.</summary>
public static class TerminalText
{
    /// <summary>The text with every steering character escaped.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var keep = !IsSteering(c) || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n');
            if (keep)
            {
                result?.Append(c);
                continue;
            }
            result ??= new StringBuilder(text, 0, i, text.Length + 8);
            result.Append(Visible(c));
        }
        return result?.ToString() ?? text;
    }

    /// <summary>A writer that escapes everything written to it before passing it on to <paramref name="inner"/>.</summary>
    public static TextWriter Escaping(TextWriter inner) => inner is EscapingWriter ? inner : new EscapingWriter(inner);

    /// <summary>C0 controls except tab and line feed (a carriage return only where it does not start a CR LF), DEL, C1
    /// controls, and the Unicode bidirectional embeddings, overrides, isolates and marks.</summary>
    internal static bool IsSteering(char c) =>
        (c < ' ' && c is not ('\n' or '\t'))
        || c is >= '\u007F' and <= '\u009F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069'
        || c is '\u200E' or '\u200F' or '\u061C';

    private static readonly System.Buffers.SearchValues<char> Steering = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(IsSteering)));

    private static string Visible(char c) => c <= '\u00FF'
        ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture)
        : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);

    private sealed class EscapingWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
    {
        /// <summary>A carriage return held back until the next character shows whether it starts a CR LF.</summary>
        private bool _pendingReturn;

        public override Encoding Encoding => inner.Encoding;

        [System.Diagnostics.CodeAnalysis.AllowNull]
        public override string NewLine
        {
            get => inner.NewLine;
            set => inner.NewLine = value;
        }

        public override void Write(char value)
        {
            if (_pendingReturn)
            {
                _pendingReturn = false;
                inner.Write(value == '\n' ? "\r" : Visible('\r'));
            }
            if (value == '\r')
            {
                _pendingReturn = true;
            }
            else if (IsSteering(value))
            {
                inner.Write(Visible(value));
            }
            else
            {
                inner.Write(value);
            }
        }

        public override void Write(string? value)
        {
            if (value is null)
            {
                return;
            }
            if (!_pendingReturn && value.AsSpan().IndexOfAny(Steering) < 0)
            {
                inner.Write(value);
                return;
            }
            foreach (var c in value)
            {
                Write(c);
            }
        }

        public override void Write(char[] buffer, int index, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            for (var i = index; i < index + count; i++)
            {
                Write(buffer[i]);
            }
        }

        public override void WriteLine()
        {
            ReleaseReturn();
            inner.WriteLine();
        }

        public override void WriteLine(string? value)
        {
            Write(value);
            WriteLine();
        }

        public override void Flush()
        {
            inner.Flush();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                ReleaseReturn();
                inner.Flush();
            }
            base.Dispose(disposing);
        }

        private void ReleaseReturn()
        {
            if (_pendingReturn)
            {
                _pendingReturn = false;
                inner.Write(Visible('\r'));
            }
        }
    }
}
