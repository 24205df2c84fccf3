namespace Archive.Extraction;

/// <summary>
/// A run of text at one position on a PDF page, as pdftohtml -xml reports it, or a whole line that
/// OCR read from a page image, with its mean word confidence (0–1; null for a text layer).
/// </summary>
public sealed record PdfFragment(int Page, double Top, double Left, double Width, double Height, double FontSize, bool Bold, bool Italic, string Text, double? OcrConfidence = null)
{
    public double Bottom => Top + Height;

    public double Right => Left + Width;
}
