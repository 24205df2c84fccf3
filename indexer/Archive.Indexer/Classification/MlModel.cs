using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.ML;

namespace Archive.Classification;

/// <summary>
/// A trained ML.NET model with its input schema: saved as a .zip, loaded from one (an embedded resource in
/// what ships), and predicting row by row. Thread-safe: prediction engines are pooled, one per concurrent caller.
/// </summary>
public sealed class MlModel<TInput, TOutput>
    where TInput : class
    where TOutput : class, new()
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _schema;
    private readonly ConcurrentBag<PredictionEngine<TInput, TOutput>> _engines = [];

    public MlModel(MLContext ml, ITransformer model, DataViewSchema schema) => (_ml, _model, _schema) = (ml, model, schema);

    /// <summary>Loads a model file written by <see cref="ToBytes"/>.</summary>
    public MlModel(Stream stream)
    {
        _ml = new MLContext();
        _model = _ml.Model.Load(stream, out _schema);
    }

    public TOutput Predict(TInput input)
    {
        // A prediction engine is not thread-safe: each caller takes one from the pool and puts it back.
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<TInput, TOutput>(_model, _schema);
        }
        try
        {
            return engine.Predict(input);
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>
    /// The model file: what `./archive train` writes and the build embeds. ML.NET stamps each entry of the zip with
    /// the time of saving; the entries are copied with one fixed time, so that the same training gives the same bytes.
    /// </summary>
    public byte[] ToBytes()
    {
        using var saved = new MemoryStream();
        _ml.Model.Save(_model, _schema, saved);
        saved.Position = 0;
        using var source = new ZipArchive(saved, ZipArchiveMode.Read);
        using var file = new MemoryStream();
        using (var target = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return file.ToArray();
    }
}

/// <summary>The model files embedded in this library (Classification/*.zip).</summary>
public static class EmbeddedModel
{
    public static Stream Open(string name) => typeof(EmbeddedModel).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"embedded model '{name}' is missing: run `./archive train` and rebuild");
}
