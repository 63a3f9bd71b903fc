using Reporting.Core.Pdf.Text;

namespace Reporting.Core.Pdf.Layout;

/// <summary>What an element gets besides its space: the document's text shaper and where on the page it stands.</summary>
/// <param name="Text">Shapes and wraps text in the document's fonts.</param>
/// <param name="AtPageTop">True when nothing has been placed on the page body yet (only then may a table split a row).</param>
/// <param name="PageNumber">The 1-based page being laid out.</param>
internal sealed record LayoutContext(TextShaper Text, bool AtPageTop, int PageNumber);
