using Archive.Classification;

namespace Archive.Tests.Classification;

public class LogisticRegressionTrainerTests
{
    private static readonly string[] Classes = ["approved", "rejected", "postponed"];

    // A separable toy set: each class has its own features, plus noise features shared by all.
    private static List<(IReadOnlyList<int> Features, string Label)> Toy()
    {
        var examples = new List<(IReadOnlyList<int>, string)>();
        var random = new Random(3);
        for (var i = 0; i < 60; i++)
        {
            var k = i % 3;
            examples.Add((new[] { 100 + k, 200 + k, 300 + random.Next(5) }, Classes[k]));
        }
        return examples;
    }

    [Fact]
    public void Training_LowersTheLoss_AndSeparatesASeparableSet()
    {
        var examples = Toy();
        var untrained = new LinearModel(Classes);
        var model = new LogisticRegressionTrainer().Train(Classes, examples);
        Assert.True(LogisticRegressionTrainer.Loss(model, examples) < LogisticRegressionTrainer.Loss(untrained, examples) / 10);
        Assert.All(examples, e => Assert.Equal(e.Label, Classes[Array.IndexOf(model.Probabilities(e.Features), model.Probabilities(e.Features).Max())]));
    }

    [Fact]
    public void Probabilities_AreASoftmax_ThatSumsToOne()
    {
        var model = new LogisticRegressionTrainer().Train(Classes, Toy());
        var p = model.Probabilities([100, 999]);
        Assert.Equal(1.0, p.Sum(), 9);
        Assert.All(p, x => Assert.InRange(x, 0, 1));
    }

    [Fact]
    public void Training_IsDeterministic() =>
        Assert.Equal(new LogisticRegressionTrainer().Train(Classes, Toy()).Probabilities([101, 300]), new LogisticRegressionTrainer().Train(Classes, Toy()).Probabilities([101, 300]));
}
