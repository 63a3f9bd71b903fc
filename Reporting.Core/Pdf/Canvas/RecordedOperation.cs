namespace Reporting.Core.Pdf.Canvas;

/// <summary>An operation captured by <see cref="RecordingCanvas"/>, tagged with its 1-based page.</summary>
internal abstract record RecordedOperation(int Page);

/// <summary>A text run: its string, baseline origin and style.</summary>
internal sealed record RecordedText(int Page, string Text, float X, float Baseline, PdfFontStyle Style, float Size, float Width) : RecordedOperation(Page);

/// <summary>A line.</summary>
internal sealed record RecordedLine(int Page, float X1, float Y1, float X2, float Y2, float Thickness) : RecordedOperation(Page);

/// <summary>A rectangle, outlined or filled.</summary>
internal sealed record RecordedRectangle(int Page, PdfRect Rect, bool Filled) : RecordedOperation(Page);

/// <summary>A chart placed into a rectangle.</summary>
internal sealed record RecordedChart(int Page, PdfRect Rect) : RecordedOperation(Page);
