using GoAdoption.Ingest.Extraction;
using GoAdoption.Ingest.Lexicons;
using GoAdoption.Ingest.Model;
using GoAdoption.Ingest.Text;

namespace GoAdoption.Ingest.Organizations;

/// <summary>
/// Reads every sentence for who it says uses Go (see <see cref="AdoptionReader"/>). In the discovery pass, an agent
/// nothing knows yet becomes a name of the document, and so does any name with a legal suffix, weakly, so that later
/// sentences can find it; in the evidence pass, each agent's evidence is filed under its entity. "We" stands for the
/// document's subject, "they" and "the company" for the organization named just before.
/// </summary>
internal static class ProseNames
{
    // A name with a legal suffix is an organization, but not yet one that uses Go.
    private const double SuffixConfidence = 0.5;

    public static void Read(IReadOnlyList<Passage> passages, IReadOnlyList<string> masked, IReadOnlyList<IReadOnlyList<Located>> located,
        NameBook book, string? subject, bool discover)
    {
        var lastInSection = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            if (!passage.IsFactBearing)
            {
                continue;
            }

            var text = masked[i];
            var section = string.Join('\u001f', passage.HeadingPath);
            var goInContext = passage.HeadingPath.Count > 0 && GoMentions.Word.IsMatch(passage.HeadingPath[^1]);
            foreach (var (start, end) in Sentences.Split(passage))
            {
                var sentence = text[start..end];
                var spans = NameSpans.Find(sentence, start, located[i]);
                if (spans.Count == 0)
                {
                    continue;
                }

                var line = Sentences.LineOf(passage, start);
                foreach (var (span, evidence) in AdoptionReader.Read(sentence, spans, line, goInContext))
                {
                    var slug = span.Kind switch
                    {
                        SpanKind.Known => span.Known!.Slug,
                        SpanKind.Unknown when discover => book.Discover(NewName(span, sentence, passage, line)),
                        SpanKind.Unknown => book.FindByName(span.Text)?.Slug,
                        SpanKind.Self => subject ?? lastInSection.GetValueOrDefault(section),
                        SpanKind.Other => NamedBefore(spans, span, book) ?? lastInSection.GetValueOrDefault(section),
                        _ => null,
                    };
                    if (slug is { Length: > 0 })
                    {
                        book.Add(slug, evidence);
                    }
                }

                foreach (var span in spans)
                {
                    if (discover && span is { Kind: SpanKind.Unknown, Suffixed: true })
                    {
                        book.Discover(NewName(span, sentence, passage, line),
                            Evidence.Of(EvidenceKind.Structure, SuffixConfidence, line, sentence));
                    }

                    if (OrganizationSlug(span, book) is { } organization)
                    {
                        lastInSection[section] = organization;
                    }
                }
            }
        }
    }

    private static DiscoveredName NewName(NameSpan span, string sentence, Passage passage, int line)
    {
        // "Hexact 股份有限公司", "クラスター株式会社": the name is filed without its suffix, which stays as a spelling.
        var name = span.Suffixed ? StripSuffix(span.Text) : span.Text;
        var aliases = new List<string>();
        if (span.Alias is { } alias)
        {
            aliases.Add(alias);
        }

        if (!name.Equals(span.Text, StringComparison.Ordinal))
        {
            aliases.Add(span.Text);
        }

        var after = sentence[span.End..Math.Min(sentence.Length, span.End + 40)];
        var software = Lexicon.Default.Organizations.ProjectCue.Match(after) is { Success: true, Index: < 16 }
                       || passage.HeadingPath.Count > 0 && Lexicon.Default.ProjectWord.IsMatch(passage.HeadingPath[^1]);
        return new DiscoveredName(name, software ? EntityKind.Project : EntityKind.Company, null, null, line, null) { Aliases = aliases };
    }

    public static string StripSuffix(string text)
    {
        var words = Lexicon.Default.Organizations;
        foreach (var affix in words.Suffixes.Concat(words.Prefixes).OrderByDescending(a => a.Length))
        {
            if (text.Length > affix.Length + 1 && text.EndsWith(affix, StringComparison.OrdinalIgnoreCase))
            {
                return text[..^affix.Length].Trim().TrimEnd(',').Trim();
            }

            if (text.Length > affix.Length + 1 && text.StartsWith(affix, StringComparison.OrdinalIgnoreCase))
            {
                return text[affix.Length..].Trim();
            }
        }

        return text;
    }

    // "Hexact Inc., … his company switched to Go": "his company" is the organization named before it in the sentence.
    private static string? NamedBefore(List<NameSpan> spans, NameSpan reference, NameBook book)
    {
        for (var k = spans.Count - 1; k >= 0; k--)
        {
            if (spans[k].End <= reference.Start && OrganizationSlug(spans[k], book) is { } slug)
            {
                return slug;
            }
        }

        return null;
    }

    private static string? OrganizationSlug(NameSpan span, NameBook book) => span.Kind switch
    {
        SpanKind.Known when span.Known!.Kind != EntityKind.Project => span.Known.Slug,
        SpanKind.Unknown => book.FindByName(span.Text)?.Slug ?? (span.Suffixed ? book.FindByName(StripSuffix(span.Text))?.Slug : null),
        _ => null,
    };
}
