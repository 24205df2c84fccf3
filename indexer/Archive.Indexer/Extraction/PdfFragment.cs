namespace Archive.Extraction;

/// <summary>A run of text at one position on a PDF page, as pdftohtml -xml reports it.</summary>
public sealed record PdfFragment(int Page, double Top, double Left, double Width, double Height, double FontSize, bool Bold, bool Italic, string Text)
{
    public double Bottom => Top + Height;

    public double Right => Left + Width;
}
