using System.Text;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Tests;

/// <summary>A document over a limit is refused before it is read, with what is at fault and the limit it passed.</summary>
public class LimitTests
{
    [Fact]
    public void A_single_line_longer_than_the_limit_is_refused_naming_the_line_and_its_length()
    {
        var text = "# Title\n\n" + new string('x', 20_001) + "\n";

        var ex = Assert.Throws<DocumentRejectedException>(() => new DocumentIngestor().Ingest("long.md", Encoding.UTF8.GetBytes(text)));

        Assert.Equal("line 3 is 20,001 characters; the limit is 20,000 (Catalog:Limits:MaxLineLength)", ex.Reason);
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_before_it_is_decoded()
    {
        // Not even valid UTF-8: the size is checked first.
        var ex = Assert.Throws<DocumentRejectedException>(() =>
            new DocumentIngestor(limits: new DocumentLimits { MaxBytes = 10 }).Ingest("big.md", (byte[])[0xFF, .. "Uber uses Go for many things."u8]));

        Assert.StartsWith("the file is 30 bytes; the limit is 10", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_with_too_many_lines_is_refused()
    {
        var ex = Assert.Throws<DocumentRejectedException>(() =>
            new DocumentIngestor(limits: new DocumentLimits { MaxLines = 3 }).Ingest("lines.md", "a\nb\nc\nd\ne\n"u8.ToArray()));

        Assert.Contains("limit is 3", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_row_wider_than_the_limit_is_refused_and_one_at_the_limit_is_read()
    {
        static string Row(int cells) => "|" + string.Concat(Enumerable.Repeat(" 1 |", cells)) + "\n";
        var ingestor = new DocumentIngestor(limits: new DocumentLimits { MaxTableColumns = 8 });

        var ex = Assert.Throws<DocumentRejectedException>(() => ingestor.Ingest("wide.md", Encoding.UTF8.GetBytes("# T\n\n" + Row(9))));
        ingestor.Ingest("ok.md", Encoding.UTF8.GetBytes("# T\n\n" + Row(8)));

        Assert.StartsWith("line 3 is a table row of 9 cells; the limit is 8", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_takes_longer_than_its_budget_is_refused_with_the_budget()
    {
        var ingestor = new DocumentIngestor(limits: new DocumentLimits { MaxSeconds = 1e-9 });

        var ex = Assert.Throws<DocumentRejectedException>(() => ingestor.Ingest("slow.md", "# Notes\n\nUber uses Go.\n\nDropbox uses Go.\n"u8.ToArray()));

        Assert.Contains("Catalog:Limits:MaxSeconds", ex.Reason, StringComparison.Ordinal);
        Assert.NotEmpty(new DocumentIngestor().Ingest("fine.md", "# Notes\n\nUber uses Go.\n"u8.ToArray()).Entities);
    }

    [Fact]
    public void A_mention_in_a_very_long_sentence_quotes_a_bounded_snippet_around_the_name()
    {
        var filler = string.Concat(Enumerable.Repeat("the platform grew and the team shipped more features ", 80));
        var text = "# Notes\n\n" + filler + "while Uber rewrote its geofence service in Go " + filler + ".\n";

        var doc = Seeds.Ingest(text);

        var mention = doc.Mentions.First(m => m.Slug == "uber");
        Assert.True(mention.At.Quote.Length <= Provenance.MaxQuote, $"quote of {mention.At.Quote.Length} characters");
        Assert.Contains("Uber", mention.At.Quote, StringComparison.Ordinal);
        Assert.StartsWith("…", mention.At.Quote, StringComparison.Ordinal);
        Assert.All(doc.Claims.Select(c => c.At.Quote).Concat(doc.UseCases.Select(u => u.At.Quote)), q => Assert.True(q.Length <= Provenance.MaxQuote));
    }

    [Theory]
    [InlineData(">>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>> Uber uses Go.")]
    [InlineData("> > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > > Uber uses Go.")]
    public void A_line_nesting_more_quotes_than_the_limit_is_refused_naming_the_line(string line)
    {
        var ex = Assert.Throws<DocumentRejectedException>(() => new DocumentIngestor().Ingest("nested.md", Encoding.UTF8.GetBytes("# Nested\n\n" + line + "\n")));

        Assert.StartsWith("line 3 nests ", ex.Reason, StringComparison.Ordinal);
        Assert.EndsWith("the limit is 32 (Catalog:Limits:MaxNesting)", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_with_a_quote_inside_a_list_inside_a_quote_is_read()
    {
        var doc = Seeds.Ingest("# Notes\n\n> - item\n>   > Uber uses Go for its geofence service.\n");

        Assert.Contains(doc.Mentions, m => m.Slug == "uber");
    }

    [Fact]
    public void A_document_stating_more_facts_than_the_limit_is_refused_with_the_count()
    {
        var text = "# Notes\n\n" + string.Concat(Enumerable.Range(0, 30).Select(i => $"Uber uses Go for service {i}.\n\n"));

        var ex = Assert.Throws<DocumentRejectedException>(() =>
            new DocumentIngestor(limits: new DocumentLimits { MaxFacts = 20 }).Ingest("dense.md", Encoding.UTF8.GetBytes(text)));

        Assert.Matches(@"^the document states \d+ facts \(mentions, use-cases and claims\); the limit is 20 \(Catalog:Limits:MaxFacts\)$", ex.Reason);
    }
}
