namespace Archive.Classification;

/// <summary>
/// Classifies a minuted decision as noted, approved, decided, discussed, referred, postponed,
/// rejected or none, with the trained model in outcome-model.json (see `./archive train`).
/// </summary>
public sealed class OutcomeClassifier
{
    public static readonly IReadOnlyList<string> Outcomes = ["noted", "approved", "decided", "discussed", "referred", "postponed", "rejected", "none"];

    private readonly LinearModel _model;

    public OutcomeClassifier(LinearModel model) => _model = model;

    public static OutcomeClassifier Default => LazyDefault.Value;

    private static readonly Lazy<OutcomeClassifier> LazyDefault = new(() =>
        new OutcomeClassifier(LinearModel.FromJson(Text.EmbeddedText.All("Classification/outcome-model.json"))));

    public (string Outcome, double Confidence) Classify(string decision)
    {
        if (string.IsNullOrWhiteSpace(decision))
        {
            return ("none", 1.0);
        }
        var probabilities = _model.Probabilities(OutcomeFeatures.Extract(decision));
        var best = Array.IndexOf(probabilities, probabilities.Max());
        return (_model.Classes[best], probabilities[best]);
    }
}
