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

    /// <summary>
    /// What one document's sentences were read to say, shared by its two passes: a sentence whose located names are the
    /// same in both passes has the same spans and the same adoption statements, so the evidence pass reads it once.
    /// </summary>
    public sealed class Readings
    {
        private readonly Dictionary<(int Passage, int Start), Reading> _read = [];

        public NameSpans.Candidates Candidates { get; } = new();

        internal Reading? Of(int passage, int start, List<Located> inSentence) =>
            _read.TryGetValue((passage, start), out var reading) && reading.Located.SequenceEqual(inSentence, SameName.Instance) ? reading : null;

        internal void Keep(int passage, int start, Reading reading) => _read[(passage, start)] = reading;
    }

    internal sealed record Reading(List<Located> Located, List<NameSpan> Spans, List<(NameSpan Span, Evidence Evidence)> Agents);

    // Where and what was located; the passage is the same one by construction.
    private sealed class SameName : IEqualityComparer<Located>
    {
        public static readonly SameName Instance = new();

        public bool Equals(Located? x, Located? y) => x is not null && y is not null && x.Start == y.Start && x.Length == y.Length
            && x.Kind == y.Kind && string.Equals(x.Slug, y.Slug, StringComparison.Ordinal) && string.Equals(x.AsWritten, y.AsWritten, StringComparison.Ordinal);

        public int GetHashCode(Located obj) => HashCode.Combine(obj.Start, obj.Slug);
    }

    public static void Read(IReadOnlyList<Passage> passages, IReadOnlyList<string> masked, IReadOnlyList<IReadOnlyList<Located>> located,
        NameBook book, string? subject, bool discover, Readings readings)
    {
        var lastInSection = new Dictionary<string, string>(StringComparer.Ordinal);
        string? tableHeader = null;
        for (var i = 0; i < passages.Count; i++)
        {
            ReadBudget.Check();
            var passage = passages[i];
            if (passage.Kind != PassageKind.TableRow)
            {
                tableHeader = passage.Kind == PassageKind.TableHeader ? passage.Text : null;
            }

            if (!passage.IsFactBearing)
            {
                continue;
            }

            if (!discover)
            {
                ReadStructure(passage, masked[i], located[i], tableHeader, book);
            }

            var text = masked[i];
            var section = string.Join('\u001f', passage.HeadingPath);
            // A card of Go users or a Go library list entry is about Go throughout, whichever of its sentences says so.
            var goInContext = (passage.HeadingPath.Count > 0 && GoMentions.Word.IsMatch(passage.HeadingPath[^1]))
                              || passage.Entry is { Kind: TemplateEntryKind.Project }
                              || (passage.Entry is { Kind: TemplateEntryKind.Organization } && GoMentions.Word.IsMatch(passage.Text));
            foreach (var (start, end) in Sentences.Split(passage))
            {
                ReadBudget.Check();
                var sentence = text[start..end];

                // Only a sentence that names Go, sits where Go is the topic, or names a project can say who uses Go
                // (see AdoptionReader); the others give their known names and suffixed ones, and nothing more is read.
                var inSentence = Within(located[i], start, end);
                var line = Sentences.LineOf(passage, start);
                var reading = readings.Of(i, start, inSentence);
                if (reading is null)
                {
                    var saysWhoUsesGo = goInContext || GoMentions.Word.IsMatch(sentence) || inSentence.Any(l => l.Kind == EntityKind.Project);
                    var found = NameSpans.Find(sentence, start, inSentence, readings.Candidates, suffixedOnly: !saysWhoUsesGo);
                    reading = new Reading(inSentence, found,
                        saysWhoUsesGo && found.Count > 0 ? AdoptionReader.Read(sentence, found, line, goInContext, book.Gazetteer) : []);
                    readings.Keep(i, start, reading);
                }

                var spans = reading.Spans;
                if (spans.Count == 0)
                {
                    continue;
                }

                foreach (var (span, evidence) in reading.Agents)
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

                        // "腾讯在微信支付后台…采用 Go": a product used with Go is its owner's use, when the passage names the owner.
                        if (span.Kind == SpanKind.Known && span.Known!.Kind == EntityKind.Product
                            && book.Gazetteer.FindBySlug(slug)?.ParentSlug is { } parent && located[i].Any(l => l.Slug == parent))
                        {
                            book.Add(parent, evidence);
                        }
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

    private static List<Located> Within(IReadOnlyList<Located> located, int start, int end)
    {
        var within = new List<Located>();
        foreach (var l in located)
        {
            if (l.Start >= start && l.End <= end)
            {
                within.Add(l);
            }
        }

        return within;
    }

    private const double StructureConfidence = 0.7;

    // What the layout says: a heading about Go names the organizations its section is about ("2.2 基于Go的微服务治理体系:
    // 美团外卖订单中心的模块化重构路径"); a row of a table of Go projects with a column of users names those users; so does
    // "其客户包括…" after a project.
    private static void ReadStructure(Passage passage, string text, IReadOnlyList<Located> located, string? tableHeader, NameBook book)
    {
        var organizations = located.Where(l => l.Kind != EntityKind.Project).ToList();
        if (organizations.Count == 0)
        {
            return;
        }

        var goProject = located.FirstOrDefault(l => l.Kind == EntityKind.Project
            && book.Gazetteer.FindBySlug(l.Slug)?.WrittenInGo is not false);
        var quote = passage.Text.Length > 160 ? passage.Text[..160] : passage.Text;
        if (passage.Kind == PassageKind.Heading && (GoMentions.Word.IsMatch(text) || goProject is not null))
        {
            foreach (var organization in organizations)
            {
                book.Add(organization.Slug, Evidence.Of(EvidenceKind.Structure, StructureConfidence, passage.LineStart, quote));
            }

            return;
        }

        if (passage.Kind == PassageKind.TableRow && tableHeader is not null && Lexicon.Default.UsersColumn.IsMatch(tableHeader)
            && goProject is not null && goProject.Start <= 1)
        {
            foreach (var organization in organizations)
            {
                book.Add(organization.Slug, Evidence.Of(EvidenceKind.UsesGoProject, StructureConfidence, passage.LineStart, quote));
            }

            return;
        }

        var customers = Lexicon.Default.CustomersInclude.Match(text);
        if (customers.Success && located.Any(l => l.Kind == EntityKind.Project && l.Start < customers.Index))
        {
            foreach (var organization in organizations.Where(o => o.Start > customers.Index))
            {
                book.Add(organization.Slug, Evidence.Of(EvidenceKind.UsesGoProject, StructureConfidence, passage.LineStart, quote));
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
        return new DiscoveredName(name, software ? EntityKind.Project : EntityKind.Company, null, null, line, null)
        {
            Aliases = aliases,
            Description = software ? null : Descriptions.Of(sentence, span.Start, span.End),
        };
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
