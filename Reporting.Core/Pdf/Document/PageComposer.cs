using Reporting.Core.Pdf.Canvas;
using Reporting.Core.Pdf.Layout;
using Reporting.Core.Pdf.Text;

namespace Reporting.Core.Pdf.Document;

/// <summary>
/// The page loop: stacks elements down the body, asks each to Measure what is left, draws it, and starts a new
/// page on Partial or Wrap. Run once to count pages and collect glyphs, then again to draw with the total known.
/// </summary>
internal static class PageComposer
{
    public static int Run(IReadOnlyList<Element> elements, PageLayout layout, PageDecoration decoration, TextShaper text, IPdfCanvas canvas, int totalPages)
    {
        foreach (var element in elements)
        {
            element.ResetState();
        }

        var body = layout.Body;
        int index = 0;
        int page = 0;
        do
        {
            page++;
            canvas.BeginPage(page, layout.Size);
            PageDecorator.Draw(canvas, layout, decoration, text, page, totalPages);
            float y = body.Y;
            bool atTop = true;
            while (index < elements.Count)
            {
                var element = elements[index];
                var context = new LayoutContext(text, atTop, page);
                var plan = element.Measure(new PdfSize(body.Width, body.Bottom - y), context);
                if (plan.Kind == SpacePlanKind.Empty)
                {
                    index++;
                    continue;
                }

                if (plan.Kind == SpacePlanKind.Wrap)
                {
                    if (atTop)
                    {
                        throw new LayoutException($"Page {page}: {element.Describe()} does not fit on an empty page: {plan.Reason}");
                    }

                    break;
                }

                if (!atTop && plan.Kind == SpacePlanKind.Full && element.KeepWithNext && !NextStarts(elements, index, body, y + plan.Height, text, page))
                {
                    break;
                }

                if (atTop && plan.Kind == SpacePlanKind.Partial && plan.Height <= 0)
                {
                    throw new LayoutException($"Page {page}: {element.Describe()} makes no progress on an empty page.");
                }

                element.Draw(canvas, new PdfRect(body.X, y, body.Width, plan.Height), context);
                y += plan.Height;
                atTop = false;
                if (plan.Kind == SpacePlanKind.Partial)
                {
                    break;
                }

                index++;
            }

            canvas.EndPage();
        }
        while (index < elements.Count);

        return page;
    }

    /// <summary>Whether the first non-empty element after <paramref name="index"/> can start above <c>body.Bottom</c> from <paramref name="y"/>.</summary>
    private static bool NextStarts(IReadOnlyList<Element> elements, int index, PdfRect body, float y, TextShaper text, int page)
    {
        for (int next = index + 1; next < elements.Count; next++)
        {
            var plan = elements[next].Measure(new PdfSize(body.Width, body.Bottom - y), new LayoutContext(text, false, page));
            if (plan.Kind != SpacePlanKind.Empty)
            {
                return plan.Kind != SpacePlanKind.Wrap;
            }
        }

        return true;
    }
}
