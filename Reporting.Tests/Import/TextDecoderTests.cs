using System.Text;
using Reporting.Core.Import;

namespace Reporting.Tests.Import;

public class TextDecoderTests
{
    private const string German = "Müller;Förderung;5 €";

    [Test]
    public void Decode_Utf8WithoutBom_KeepsUmlautsAndEuro()
    {
        var (text, encoding) = TextDecoder.Decode(new UTF8Encoding(false).GetBytes(German));

        Assert.That(text, Is.EqualTo(German));
        Assert.That(encoding.CodePage, Is.EqualTo(65001));
    }

    [Test]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        var (text, _) = TextDecoder.Decode(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(German)).ToArray());

        Assert.That(text, Is.EqualTo(German));
    }

    [Test]
    public void Decode_Windows1252_KeepsUmlautsAndEuro()
    {
        var bytes = TextDecoder.Windows1252.GetBytes(German);

        var (text, encoding) = TextDecoder.Decode(bytes);

        Assert.That(bytes[1], Is.EqualTo(0xFC), "ü is one byte in Windows-1252");
        Assert.That(bytes[^1], Is.EqualTo(0x80), "€ is 0x80 in Windows-1252");
        Assert.That(text, Is.EqualTo(German));
        Assert.That(encoding.CodePage, Is.EqualTo(1252));
    }
}
