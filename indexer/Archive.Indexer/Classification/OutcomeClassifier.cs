namespace Archive.Classification;

/// <summary>What <see cref="OutcomeClassifier"/> asks of an outcome model: the outcome of a decision's hashed features.</summary>
public interface IOutcomeModel
{
    (string Outcome, double Confidence) Predict(IReadOnlyList<int> features);
}

/// <summary>
/// Classifies a minuted decision as noted, approved, decided, discussed, referred, postponed,
/// rejected or none, with the ML.NET model in outcome-model.zip (see `./archive train`).
/// </summary>
public sealed class OutcomeClassifier
{
    public static readonly IReadOnlyList<string> Outcomes = ["noted", "approved", "decided", "discussed", "referred", "postponed", "rejected", "none"];

    private readonly Lazy<IOutcomeModel> _model;

    public OutcomeClassifier(IOutcomeModel model) => _model = new(model);

    private OutcomeClassifier(Func<IOutcomeModel> load) => _model = new(load);

    /// <summary>The model that ships, loaded on the first decision classified (a search never pays for it).</summary>
    public static OutcomeClassifier Default { get; } = new(() => OutcomeModel.FromResource());

    public (string Outcome, double Confidence) Classify(string decision) =>
        string.IsNullOrWhiteSpace(decision) ? ("none", 1.0) : _model.Value.Predict(OutcomeFeatures.Extract(decision));
}
