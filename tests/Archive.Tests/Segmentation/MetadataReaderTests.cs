using Archive.Extraction;
using Archive.Segmentation;

namespace Archive.Tests.Segmentation;

/// <summary>Forum, organisation, date and absentees in the forms real minutes print them.</summary>
public class MetadataReaderTests
{
    [Theory]
    [InlineData("Referat Klima-, Teknik- og Miljøudvalget", "Klima-, Teknik- og Miljøudvalget")]
    [InlineData("Klima- og Planudvalget - Referat", "Klima- og Planudvalget")]
    [InlineData("Erhverv-, Klima-, Miljø- og Teknikudvalget den 6. februar 2023", "Erhverv-, Klima-, Miljø- og Teknikudvalget")]
    [InlineData("Referat - Kommunalbestyrelsen den 28. oktober 2014", "Kommunalbestyrelsen")]
    [InlineData("Referat byrådet 31. oktober 2018", "Byrådet")]
    [InlineData("Odense Byråd - referat", "Odense Byråd")]
    [InlineData("Referat Byråd", "Byrådet")]
    [InlineData("Regionsrådet i Region Nordjylland", "Regionsrådet")]
    [InlineData("Borgerrepræsentationen, mødet den 3. maj", "Borgerrepræsentationen")]
    [InlineData("ØKONOMIUDVALG", "Økonomiudvalget")]
    [InlineData("Økonomiudvalg: Referat af mødet 7. marts 2016", "Økonomiudvalget")]
    [InlineData("Udvalget for Kultur og Fritid - 04-08-2020", "Udvalget for Kultur og Fritid")]
    [InlineData("Møde i Byrådssalen", null)]
    [InlineData("Klyngestyregruppe Midt", "Klyngestyregruppe")]
    public void Forum_IsReadWhole(string line, string? forum) => Assert.Equal(forum, ForumReader.Find(line));

    [Theory]
    [InlineData("Beslutning i Økonomiudvalget den 23-03-2015:", "Økonomiudvalget")]
    [InlineData("Forretningsudvalgets beslutning den 8. november 2022:", "Forretningsudvalget")]
    [InlineData("Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42", "Kultur- og Idrætsudvalget")]
    [InlineData("Godkendelse af dagsorden til dagens møde i Kommunalbestyrelsen.", "Kommunalbestyrelsen")]
    [InlineData("Sagen sendes til Økonomiudvalget den 5. maj 2020 med henblik på beslutning", null)]
    [InlineData("Beslutning", null)]
    public void DecisionLabelsAndStamps_NameTheirBody(string line, string? forum) => Assert.Equal(forum, ForumReader.LabelledForum(line));

    [Fact]
    public void Forum_IsTheBodyWhoseDecisionsAreMinuted_NotOneWhoseVerdictIsQuoted()
    {
        var meeting = Read(["Referat", "Deltagere: Bo Hansen, Per Holm"],
            ["1. Salg af grund", "Beslutning i Økonomiudvalget den 23-03-2015", "Anbefales.", "Beslutning i Kommunalbestyrelsen den 14-04-2015", "Godkendt.",
             "2. Lokalplan 12", "Beslutning i Kommunalbestyrelsen den 14-04-2015", "Vedtaget."]);
        Assert.Equal("Kommunalbestyrelsen", meeting.Forum);
        Assert.Equal(new DateOnly(2015, 4, 14), meeting.Date);
        Assert.False(meeting.DateInferred);
    }

    [Fact]
    public void AnotherBodysDecisionDate_InTheHeader_IsNotTheMeetingDate()
    {
        var meeting = Read(["Referat Byrådet", "Beslutning i Økonomiudvalget den 23-03-2015", "Mødedato: 14-04-2015"], ["1. Godkendelse af dagsorden", "Godkendt."]);
        Assert.Equal(new DateOnly(2015, 4, 14), meeting.Date);
    }

    [Theory]
    [InlineData("GREVE KOMMUNE", "Greve Kommune")]
    [InlineData("Referat fra Region Midtjylland", "Region Midtjylland")]
    [InlineData("Odense Byråd", "Odense Kommune")]
    [InlineData("Frederikssund Kommunes Økonomiudvalg", "Frederikssund Kommune")]
    [InlineData("Københavns Kommune, Borgerrepræsentationen", "Københavns Kommune")]
    [InlineData("Ringkøbing-Skjern Kommune", "Ringkøbing-Skjern Kommune")]
    [InlineData("Eksempel Kommune", null)]
    [InlineData("ad vejen kommune man frem", null)]
    public void Organisation_IsTheMunicipalityOrRegionTheHeaderNames(string line, string? organisation) =>
        Assert.Equal(organisation, OrganisationReader.Read([line], []));

    [Fact]
    public void Organisation_FromTheBody_IgnoresARegionNamedInPassing()
    {
        string[] body = ["Region Midtjylland har finansieret 100.000 kr.", "Bevillingen fra Region Midtjylland dækker projektet."];
        Assert.Null(OrganisationReader.Read(["Referat"], body));
        Assert.Equal("Hedensted Kommune", OrganisationReader.Read(["Referat"], [.. body, "Hedensted Kommune bidrager med lokaler."]));
    }

    [Theory]
    [InlineData("Afbud fra: Bo Hansen og Per Holm", "Bo Hansen|Per Holm")]
    [InlineData("Fraværende: Gitte Rubæk, Bertil Mortensen. Leon Sebbelin deltog ikke i behandlingen af pkt. 01 – pkt. 03.", "Gitte Rubæk|Bertil Mortensen")]
    [InlineData("Medlemmerne var mødt, bortset fra Anne Sofie Uhrskov, der havde meldt afbud.", "Anne Sofie Uhrskov")]
    [InlineData("Medlemmerne var mødt, bortset fra Bo Hansen og Per Holm, der havde meldt afbud.", "Bo Hansen|Per Holm")]
    [InlineData("Afbud: Peter E. Nielsen (A)", "Peter E. Nielsen")]
    [InlineData("Afbud: 1. Robert Sørensen, Ø", "Robert Sørensen")]
    [InlineData("Medlemmer: Birgit S. Hansen (A) Kenneth Bergen (A) Afbud: Peter E. Nielsen (A) Stedfortrædere: Anders Brandt Sørensen(A)", "Peter E. Nielsen")]
    [InlineData("Afbud fra Benthe Viola Holm stedfortræder Anders Liltorp. Afbud fra Mogens Leo Hansen stedfortræder Gert Wahl", "Benthe Viola Holm|Mogens Leo Hansen")]
    [InlineData("Afbud: ingen", "")]
    public void Absentees_AreReadFromTheFormsRealMinutesUse(string line, string absent) =>
        Assert.Equal(absent.Split('|', StringSplitOptions.RemoveEmptyEntries), ParticipantReader.Absent([line]));

    [Fact]
    public void Absentees_ListedUnderALabel_OneALine()
    {
        string[] header = ["Medlemmer", "Finn Gerdes (A)", "Fraværende med afbud", "Benthe Viola Holm (A)", "Mikkel Dencker (O)", "Bemærkninger", "Mødet blev holdt i KB-salen"];
        Assert.Equal(["Benthe Viola Holm", "Mikkel Dencker"], ParticipantReader.Absent(header));
    }

    [Fact]
    public void Absentees_InTheItems_CountWhenNamedInHalfTheNotes()
    {
        string[] body =
        [
            "1. Godkendelse af dagsorden", "Godkendt.", "Afbud: Charlotte Levin",
            "2. Lokalplan", "Vedtaget.", "Afbud: Charlotte Levin, Conni Bergendorff",
            "3. Budget", "Fraværende- Charlotte Levin ()", "Godkendt.",
            "4. Eventuelt", "Fraværende i Kommunalbestyrelsen, 31. maj 2022:", "Charlotte Levin", "Til toppen",
        ];
        Assert.Equal(["Charlotte Levin"], ParticipantReader.Absent(["Referat"], body));
    }

    private static MeetingMetadata Read(string[] header, string[] body)
    {
        var lines = header.Concat(body).Select(t => new SourceLine(t, 1)).ToList();
        return new MetadataReader().Read(lines, header.Length, hasMinutes: true);
    }
}
