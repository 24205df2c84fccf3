using Archive.Cases;
using Archive.Index;

namespace Archive.Tests.Cases;

/// <summary>
/// The case memberships the real minutes of corpus/real give, against Fixtures/Cases/real-sample.tsv: every membership
/// there was checked by hand against the minutes (verdict right or wrong). Precision over the checked ones must stay
/// at 0.95 or above, and most of today's memberships must be among the checked (a new one is to be checked and added).
/// </summary>
[Collection(CaseIndexGroup.Name)]
public sealed class RealCasePrecisionTests(CaseIndexFixture fixture)
{
    [Fact]
    public void RealMinutes_CaseMemberships_AreRightInAtLeast95Percent()
    {
        var verdicts = File.ReadLines(Path.Combine(CaseIndexFixture.Fixtures, "real-sample.tsv")).Skip(1)
            .Select(l => l.Split('\t')).Where(f => !f[0].StartsWith('('))
            .ToDictionary(f => (f[0], f[1], f[2]), f => f[8] == "right");
        using var index = ArchiveIndex.Open(fixture.DatabasePath, readOnly: true);
        var reader = new DocumentReader(index);
        var real = Directory.GetFiles(Repository.Corpus("real", "docs")).Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        var numbers = reader.Ids().Where(real.Contains).SelectMany(id => reader.Find(id)!.Items.SelectMany(i => i.CaseNumbers)).Distinct(StringComparer.Ordinal).ToList();
        var cases = new CaseService(index);
        var memberships = numbers.SelectMany(n => cases.Find(n)!.Steps.Select(s => (n, s.DocumentId ?? s.PrintedIn!, s.ItemNumber ?? string.Empty))).ToList();
        var checkedOnes = memberships.Where(verdicts.ContainsKey).ToList();
        var notChecked = memberships.Except(checkedOnes).ToList();
        var precision = checkedOnes.Count(m => verdicts[m]) / (double)checkedOnes.Count;
        Assert.True(memberships.Count >= 60, $"corpus/real should give at least 60 case memberships ({memberships.Count})");
        Assert.True(checkedOnes.Count >= 0.8 * memberships.Count, "memberships not yet checked by hand: " + string.Join("; ", notChecked));
        Assert.True(precision >= 0.95, $"precision {precision:0.000} over {checkedOnes.Count} checked memberships");
    }
}
