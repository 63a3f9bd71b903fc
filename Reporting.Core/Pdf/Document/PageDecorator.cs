using Reporting.Core.Pdf.Canvas;
using Reporting.Core.Pdf.Text;

namespace Reporting.Core.Pdf.Document;

/// <summary>Draws the header and footer of one page.</summary>
internal static class PageDecorator
{
    private static readonly TextStyle HeaderTitle = new(9f, PdfFontStyle.Bold);
    private static readonly TextStyle HeaderInfo = new(8f, PdfFontStyle.Regular, PdfColor.Grey);
    private static readonly TextStyle Footer = new(7f, PdfFontStyle.Regular, PdfColor.Grey);

    public static void Draw(IPdfCanvas canvas, PageLayout layout, PageDecoration decoration, TextShaper text, int page, int total)
    {
        var body = layout.Body;
        float headerRule = body.Y - 14f;
        if (decoration.HeaderLeft is not null || decoration.HeaderRight is not null)
        {
            float baseline = headerRule - 5f;
            if (decoration.HeaderLeft is not null)
            {
                canvas.DrawText(text.Run(decoration.HeaderLeft, HeaderTitle), body.X, baseline);
            }

            if (decoration.HeaderRight is not null)
            {
                var run = text.Run(decoration.HeaderRight, HeaderInfo);
                canvas.DrawText(run, body.Right - run.Width, baseline);
            }

            canvas.DrawLine(body.X, headerRule, body.Right, headerRule, 0.5f, PdfColor.Black);
        }

        float footerRule = body.Bottom + 16f;
        float footerBaseline = footerRule + 10f;
        canvas.DrawLine(body.X, footerRule, body.Right, footerRule, 0.25f, PdfColor.Grey);
        if (decoration.FooterLeft is not null)
        {
            canvas.DrawText(text.Run(decoration.FooterLeft, Footer), body.X, footerBaseline);
        }

        if (decoration.FooterCenter is not null)
        {
            var run = text.Run(decoration.FooterCenter, Footer);
            canvas.DrawText(run, body.X + ((body.Width - run.Width) / 2f), footerBaseline);
        }

        var label = text.Run(decoration.Label(page, total), Footer);
        canvas.DrawText(label, body.Right - label.Width, footerBaseline);
    }
}
