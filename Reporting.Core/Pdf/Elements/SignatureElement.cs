using Reporting.Core.Pdf.Canvas;
using Reporting.Core.Pdf.Layout;
using Reporting.Core.Pdf.Text;

namespace Reporting.Core.Pdf.Elements;

/// <summary>Two lines side by side: place/date on the left, signature on the right, each with a caption below. Never splits.</summary>
internal sealed class SignatureElement : Element
{
    private const float LineY = 36f;
    private const float Height = 52f;

    /// <summary>Creates the block; <paramref name="placeAndDate"/> is pre-filled above the left line when given.</summary>
    public SignatureElement(string? placeAndDate = null, string placeCaption = "Ort, Datum", string signatureCaption = "Rechtsverbindliche Unterschrift, Name in Druckbuchstaben")
    {
        PlaceAndDate = placeAndDate;
        PlaceCaption = placeCaption;
        SignatureCaption = signatureCaption;
    }

    /// <summary>Text written on the place/date line, if any.</summary>
    public string? PlaceAndDate { get; }

    /// <summary>Caption under the left line.</summary>
    public string PlaceCaption { get; }

    /// <summary>Caption under the right line.</summary>
    public string SignatureCaption { get; }

    /// <inheritdoc />
    public override SpacePlan Measure(PdfSize available, LayoutContext context) =>
        available.Height + 0.001f >= Height ? SpacePlan.Full(Height) : SpacePlan.Wrap($"{Describe()}: needs {Height} pt");

    /// <inheritdoc />
    public override void Draw(IPdfCanvas canvas, PdfRect area, LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(context);
        float leftWidth = area.Width * 0.38f;
        float rightX = area.X + (area.Width * 0.45f);
        float lineY = area.Y + LineY;
        canvas.DrawLine(area.X, lineY, area.X + leftWidth, lineY, 0.5f, PdfColor.Black);
        canvas.DrawLine(rightX, lineY, area.Right, lineY, 0.5f, PdfColor.Black);
        if (PlaceAndDate is not null)
        {
            canvas.DrawText(context.Text.Run(PlaceAndDate, TextStyle.Body), area.X, lineY - 4f);
        }

        float captionBaseline = lineY + 2f + context.Text.BaselineOffset(TextStyle.Small);
        canvas.DrawText(context.Text.Run(PlaceCaption, TextStyle.Small), area.X, captionBaseline);
        canvas.DrawText(context.Text.Run(SignatureCaption, TextStyle.Small), rightX, captionBaseline);
    }
}
