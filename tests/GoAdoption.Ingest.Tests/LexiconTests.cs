using GoAdoption.Domain.Claims;
using GoAdoption.Domain.Taxonomy;
using GoAdoption.Ingest.Lexicons;

namespace GoAdoption.Ingest.Tests;

public sealed class LexiconTests
{
    private static string Minimal(string language, string extra = "") => $$"""
        { "language": "{{language}}", {{extra}} "domains": { {{string.Join(", ", DomainTaxonomy.Slugs.Select(s => $"\"{s}\": {{ \"name\": \"{s}\" }}"))}} } }
        """;

    [Fact]
    public void The_shipped_lexicon_has_the_four_languages_and_names_every_domain_in_each()
    {
        var lexicon = Lexicon.Default;

        Assert.Equal(["en", "ja", "ko", "zh"], lexicon.Languages.Order());
        Assert.All(DomainTaxonomy.Slugs, slug => Assert.Equal(4, lexicon.DomainNames[slug].Count));
        Assert.All(DomainTaxonomy.Slugs, slug => Assert.NotEmpty(lexicon.DomainKeywords[slug]));
    }

    [Fact]
    public void Words_of_every_file_are_merged_so_a_document_in_one_language_reads_the_others()
    {
        var lexicon = LexiconLoader.Load([
            ("en.json", Minimal("en", """ "metrics": { "latency": ["latency"] }, """)),
            ("ja.json", Minimal("ja", """ "metrics": { "latency": ["レイテンシ"] }, """)),
        ]);

        Assert.Contains(("レイテンシ", ClaimMetric.Latency), lexicon.MetricWords);
        Assert.Contains(("latency", ClaimMetric.Latency), lexicon.MetricWords);
    }

    [Fact]
    public void An_unknown_metric_is_reported_with_the_file_and_the_key()
    {
        var error = Assert.Throws<LexiconException>(() => LexiconLoader.Load([("ja.json", Minimal("ja", """ "metrics": { "lantency": ["遅延"] }, """))]));

        Assert.Contains(error.Problems, p => p.StartsWith("ja.json: metrics.lantency is not one of", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_under_two_metrics_in_different_files_is_reported()
    {
        var error = Assert.Throws<LexiconException>(() => LexiconLoader.Load([
            ("en.json", Minimal("en", """ "metrics": { "cpu": ["CPU"] }, """)),
            ("zh.json", Minimal("zh", """ "metrics": { "memory": ["cpu"] }, """)),
        ]));

        Assert.Contains(error.Problems, p => p.Contains("\"cpu\" is already under metrics.cpu (en.json)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_section_a_wrong_language_and_a_padded_word_are_all_reported_at_once()
    {
        var error = Assert.Throws<LexiconException>(() => LexiconLoader.Load([
            ("ko.json", Minimal("ko", """ "metricz": {}, """)),
            ("ja.json", Minimal("zh", """ "goWords": [" Go言語"], """)),
        ]));

        Assert.Contains(error.Problems, p => p.StartsWith("ko.json: not a valid lexicon file", StringComparison.Ordinal) && p.Contains("metricz", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("ja.json: \"language\" is \"zh\"", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("goWords[0] \" Go言語\" has spaces around it", StringComparison.Ordinal));
    }

    [Fact]
    public void A_domain_keyword_claimed_by_two_domains_and_a_domain_without_a_name_are_reported()
    {
        var json = Minimal("en").Replace("\"finance\": { \"name\": \"finance\" }", "\"finance\": { \"name\": \"finance\", \"keywords\": [\"wallet\"] }", StringComparison.Ordinal)
            .Replace("\"blockchain\": { \"name\": \"blockchain\" }", "\"blockchain\": { \"keywords\": [\"Wallet\"] }", StringComparison.Ordinal);

        var error = Assert.Throws<LexiconException>(() => LexiconLoader.Load([("en.json", json)]));

        Assert.Contains(error.Problems, p => p == "en.json: domains.blockchain needs a \"name\"");
    }

    [Fact]
    public void A_keyword_of_two_domains_is_reported()
    {
        var json = Minimal("en").Replace("\"finance\": { \"name\": \"finance\" }", "\"finance\": { \"name\": \"finance\", \"keywords\": [\"wallet\"] }", StringComparison.Ordinal)
            .Replace("\"blockchain\": { \"name\": \"blockchain\" }", "\"blockchain\": { \"name\": \"b\", \"keywords\": [\"Wallet\"] }", StringComparison.Ordinal);

        var error = Assert.Throws<LexiconException>(() => LexiconLoader.Load([("en.json", json)]));

        Assert.Contains(error.Problems, p => p == "en.json: domains.blockchain.keywords: \"Wallet\" is already a keyword of finance");
    }

    [Fact]
    public void A_template_opening_with_its_name_reads_each_name_from_where_the_phrase_before_it_ended()
    {
        // "{name} is a", the first English description.
        var pattern = Lexicon.Default.Organizations.Descriptions.First(p => p.Literal == "is");
        var matches = pattern.Matches("Zentrix is a fintech startup and Quorra is a logistics company.");
        Assert.Equal(["Zentrix", "fintech startup and Quorra"], matches.Select(m => m.Name));
        Assert.Equal(0, matches[0].Index);
    }
}
