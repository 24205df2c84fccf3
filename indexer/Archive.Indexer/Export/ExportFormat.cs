namespace Archive.Export;

/// <summary>The formats hits can be exported in.</summary>
public enum ExportFormat
{
    Csv,
    Json,
    Xlsx,
}
