using System.Collections.Concurrent;
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

    /// <summary>The model file: what `./archive train` writes and the build embeds.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        _ml.Model.Save(_model, _schema, stream);
        return stream.ToArray();
    }
}

/// <summary>The model files embedded in this library (Classification/*.zip).</summary>
public static class EmbeddedModel
{
    public static Stream Open(string name) => typeof(EmbeddedModel).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"embedded model '{name}' is missing: run `./archive train` and rebuild");
}
