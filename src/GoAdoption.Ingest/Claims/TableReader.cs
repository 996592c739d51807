using System.Text;
using GoAdoption.Ingest.Lexicons;
using GoAdoption.Ingest.Model;
using GoAdoption.Ingest.Text;

namespace GoAdoption.Ingest.Claims;

/// <summary>
/// Reads one flattened table: a header row whose space-separated cells name the columns, then rows.
/// Four shapes carry claims:
/// metric-first ("指标 Java 版本 Go 版本 提升幅度": each row is a metric with its old and new value and a stated change);
/// variant rows ("组件 平均延迟 P99延迟 CPU占用": each row is an approach, each metric column one claim from the baseline row to the result row);
/// scenario rows ("并发数 吞吐(MB/s) P99延迟(ms) CPU利用率": each cell a single measured figure);
/// effect rows ("优化项 说明 效果", "… 关键指标表现": each row read as prose).
/// Configuration, schema and version tables (参数 默认值 推荐值, 字段 类型 说明, Go 版本依赖示例) yield nothing.
/// </summary>
internal sealed class TableReader
{
    private enum Shape
    {
        None,
        MetricFirst,
        VariantRows,
        ScenarioRows,
        EffectRows,
    }

    private enum Role
    {
        Label,
        Text,
        Metric,
        Change,
        Condition,
        Effect,
    }

    private sealed record Column(string Name, Role Role, ClaimMetric Metric, ClaimStatistic Statistic, UnitMatch? Unit, bool IsUpperLimit);

    private sealed record Row(ClaimPassage Item, string Label, List<Quantity> Values);

    private readonly ClaimPassage _header;
    private readonly ClaimPassage? _caption;
    private readonly DocumentState _state;
    private readonly List<Column> _columns;
    private readonly Shape _shape;
    private readonly List<Row> _rows = [];
    private readonly Subject _context;
    private readonly string _heading;

    public TableReader(ClaimPassage header, ClaimPassage? caption, DocumentState state)
    {
        _header = header;
        _caption = caption;
        _state = state;
        _columns = ParseHeader(header.Passage.Text);
        _shape = Classify(_columns, header.Passage.Text, caption?.Passage.Text);
        _heading = DocumentState.HeadingText(header.Passage);

        // Whose table: the header's own names, else the caption's, else the last name in the section, else the heading's.
        _context = FirstSubject(header.Subjects);
        if (_context.IsEmpty && caption is not null)
        {
            _context = FirstSubject(caption.Subjects);
        }

        if (_context.IsEmpty)
        {
            _context = state.LastInSection(header.Passage);
        }

        if (_context.IsEmpty)
        {
            _context = state.FromHeadings(header.Passage);
        }

        if (_context.IsEmpty)
        {
            _context = state.DocumentOwner;
        }
    }

    public void AddRow(ClaimPassage row, List<ExtractedClaim> claims)
    {
        switch (_shape)
        {
            case Shape.EffectRows:
                ProseReader.Read(row, RowSubject(row), _state, claims);
                break;
            case Shape.MetricFirst:
                ReadMetricRow(row, claims);
                break;
            case Shape.VariantRows:
                var values = Values(row.Passage.Text, out var labelEnd);
                _rows.Add(new Row(row, row.Passage.Text[..labelEnd].Trim(), values));
                break;
            case Shape.ScenarioRows:
                ReadScenarioRow(row, claims);
                break;
            default:
                break;
        }
    }

    /// <summary>Emits the claims that need the whole table (variant rows: baseline row vs result row).</summary>
    public void Flush(List<ExtractedClaim> claims)
    {
        if (_shape != Shape.VariantRows || _rows.Count < 2)
        {
            _rows.Clear();
            return;
        }

        var (baseIndex, resultIndex) = ChooseDirection(_rows.Select(r => r.Label).ToList(), _heading);
        var baseRow = _rows[baseIndex];
        var resultRow = _rows[resultIndex];
        var baseCells = MapCells(baseRow.Values);
        var resultCells = MapCells(resultRow.Values);
        if (baseCells is null || resultCells is null)
        {
            _rows.Clear();
            return;
        }

        var migratedFrom = LanguageIn(baseRow.Label);
        for (var c = 1; c < _columns.Count; c++)
        {
            var column = _columns[c];
            if (column.Role != Role.Metric || !baseCells.TryGetValue(c, out var b) || !resultCells.TryGetValue(c, out var r))
            {
                continue;
            }

            if (!Align(column, ref b, ref r, out var unit))
            {
                continue;
            }

            var subject = RowSubject(resultRow.Item) ?? _context;
            var quote = baseRow.Item.Passage.Text.Trim() + " → " + resultRow.Item.Passage.Text.Trim();
            var first = Math.Min(baseRow.Item.Passage.LineStart, resultRow.Item.Passage.LineStart);
            var last = Math.Max(baseRow.Item.Passage.LineEnd, resultRow.Item.Passage.LineEnd);
            Emit(claims, subject, CaptionAdjusted(column.Metric), column.Statistic, b.Central, r.Central, unit, null,
                ProseReader.Combine(b.Bound, r.Bound), migratedFrom, new Provenance(first, last, quote));
        }

        _rows.Clear();
    }

    private void ReadMetricRow(ClaimPassage row, List<ExtractedClaim> claims)
    {
        var text = row.Passage.Text;
        var values = Values(text, out var labelEnd);
        var variants = new List<int>();
        var changeColumn = -1;
        for (var c = 1; c < _columns.Count; c++)
        {
            if (_columns[c].Role == Role.Change)
            {
                changeColumn = c;
            }
            else
            {
                variants.Add(c);
            }
        }

        if (values.Count < variants.Count || variants.Count < 2)
        {
            return;
        }

        var label = text[..labelEnd];
        var (baseVariant, resultVariant) = ChooseDirection(variants.Select(c => _columns[c].Name).ToList(), _heading);
        var b = values[baseVariant];
        var r = values[resultVariant];
        var column = new Column(label, Role.Metric, ClaimMetric.Other, ClaimLexicon.FindStatistic(label), null, false);
        if (!Align(column, ref b, ref r, out var unit))
        {
            return;
        }

        var metric = ClaimLexicon.FindMetric(label, b.Kind) ?? ClaimLexicon.FindMetric(label, QuantityKind.Percent);
        if (metric is null)
        {
            return;
        }

        double? stated = null;
        if (changeColumn > 0 && values.Count > variants.Count && values[variants.Count].Kind == QuantityKind.Percent)
        {
            var change = values[variants.Count];
            var sign = change.Arrow != 0 ? change.Arrow : Math.Sign(r.Central - b.Central);
            stated = sign * change.Central;
        }

        var subject = RowSubject(row) ?? _context;
        var migratedFrom = LanguageIn(_columns[variants[baseVariant]].Name);
        Emit(claims, subject, CaptionAdjusted(metric.Value), column.Statistic, b.Central, r.Central, unit, stated,
            ProseReader.Combine(b.Bound, r.Bound), migratedFrom, new Provenance(row.Passage.LineStart, row.Passage.LineEnd, text.Trim()));
    }

    private void ReadScenarioRow(ClaimPassage row, List<ExtractedClaim> claims)
    {
        var values = Values(row.Passage.Text, out _);
        var cells = MapCells(values);
        if (cells is null)
        {
            return;
        }

        var subject = RowSubject(row) ?? _context;
        foreach (var (c, value) in cells.OrderBy(p => p.Key))
        {
            var column = _columns[c];
            if (column.Role != Role.Metric)
            {
                continue;
            }

            var v = value;
            var other = value;
            if (!Align(column, ref v, ref other, out var unit))
            {
                continue;
            }

            var bound = column.IsUpperLimit ? ClaimBound.AtMost : v.Bound;
            Emit(claims, subject, CaptionAdjusted(column.Metric), column.Statistic, null, v.Central, unit, null, bound, null,
                new Provenance(row.Passage.LineStart, row.Passage.LineEnd, row.Passage.Text.Trim()));
        }
    }

    // "以下是其核心性能对比" after a paragraph on Uber's 地理围栏服务: the table measures the system just described.
    private string? SystemFor(Subject subject) =>
        _state.LastSystem(_header.Passage, subject)
        ?? (subject.Company is null ? DocumentState.SystemFromHeadings(_header.Passage) : null);

    private void Emit(
        List<ExtractedClaim> claims, Subject subject, ClaimMetric metric, ClaimStatistic statistic, double? baseline, double? result,
        ClaimUnit unit, double? stated, ClaimBound bound, string? migratedFrom, Provenance at)
    {
        var change = ConsistencyChecker.ChangePercent(baseline, result);
        var consistency = ConsistencyChecker.Check(baseline, result, stated, null, null);
        claims.Add(new ExtractedClaim(
            subject.Company, subject.Project, SystemFor(subject), metric, statistic, baseline, result, unit, stated, null, null, change,
            consistency, migratedFrom, bound, at));
    }

    /// <summary>A caption about cold starts turns a latency column into startup time.</summary>
    private ClaimMetric CaptionAdjusted(ClaimMetric metric)
    {
        if (metric != ClaimMetric.Latency || _caption is null)
        {
            return metric;
        }

        var caption = _caption.Passage.Text;
        return ClaimLexicon.FindMetric(caption, QuantityKind.Duration) == ClaimMetric.StartupTime ? ClaimMetric.StartupTime : metric;
    }

    private static Subject FirstSubject(IReadOnlyList<SubjectCandidate> subjects)
    {
        var company = subjects.FirstOrDefault(s => !s.IsProject);
        var project = subjects.FirstOrDefault(s => s.IsProject);
        return new Subject(company?.Slug, project?.Slug);
    }

    /// <summary>A row whose first cell names an entity is about that entity (Kubernetes 容器编排平台 …).</summary>
    private static Subject? RowSubject(ClaimPassage row)
    {
        var text = row.Passage.Text;
        var lead = 0;
        while (lead < text.Length && text[lead] == ' ')
        {
            lead++;
        }

        var first = row.Subjects.FirstOrDefault(s => s.Offset <= lead);
        return first is null ? null : first.IsProject ? new Subject(null, first.Slug) : new Subject(first.Slug, null);
    }

    /// <summary>
    /// The value cells of a row: quantities with a unit, or bare numbers standing as their own cell ("3–5", "0(复用)", "500").
    /// Numbers inside labels (V1, P99, 99线, 百万行) are not values. <paramref name="labelEnd"/> is where the first value starts.
    /// </summary>
    private static List<Quantity> Values(string text, out int labelEnd)
    {
        var values = new List<Quantity>();
        foreach (var q in QuantityParser.Scan(text, 0, text.Length))
        {
            var startsCell = q.Start == 0 || text[q.Start - 1] is ' ' or '~' or '～' or '>' or '<' or '↓' or '↑' or '≈';
            var endsCell = q.End >= text.Length || text[q.End] is ' ' or '(' or '（' or '↓' or '↑';
            if (q.HasUnit || q.Kind is QuantityKind.Percent or QuantityKind.Multiplier || (startsCell && endsCell))
            {
                values.Add(q);
            }
        }

        labelEnd = values.Count > 0 ? BoundStart(text, values[0].Start) : text.Length;
        return values;
    }

    private static int BoundStart(string text, int start)
    {
        var k = start;
        while (k > 0 && text[k - 1] is '~' or '～' or '>' or '<' or '≈' or '↓' or '↑' or ' ')
        {
            k--;
        }

        return k;
    }

    /// <summary>Assigns a row's values to columns: all numeric columns when the counts match, else the metric columns from the left.</summary>
    private Dictionary<int, Quantity>? MapCells(List<Quantity> values)
    {
        var numeric = new List<int>();
        var metric = new List<int>();
        for (var c = 1; c < _columns.Count; c++)
        {
            if (_columns[c].Role is Role.Metric or Role.Change or Role.Condition)
            {
                numeric.Add(c);
            }

            if (_columns[c].Role == Role.Metric)
            {
                metric.Add(c);
            }
        }

        // A numeric first column (并发数 500 …) is a condition, not a label.
        if (_columns[0].Role == Role.Condition)
        {
            numeric.Insert(0, 0);
        }

        var map = new Dictionary<int, Quantity>();
        var target = values.Count == numeric.Count ? numeric : values.Count <= metric.Count ? metric : null;
        if (target is null || values.Count == 0)
        {
            return null;
        }

        for (var k = 0; k < values.Count; k++)
        {
            map[target[k]] = values[k];
        }

        return map;
    }

    /// <summary>Brings both values to the column's unit: a bare number takes the header's unit or the other value's.</summary>
    private static bool Align(Column column, ref Quantity b, ref Quantity r, out ClaimUnit unit)
    {
        unit = ClaimUnit.Count;
        if (column.Unit is { } hint)
        {
            if (b.Kind is QuantityKind.Plain or QuantityKind.Count)
            {
                b = Rescale(b, hint);
            }

            if (r.Kind is QuantityKind.Plain or QuantityKind.Count)
            {
                r = Rescale(r, hint);
            }
        }

        if (b.Kind != r.Kind)
        {
            if (b.Kind is QuantityKind.Plain or QuantityKind.Count && !b.HasUnit)
            {
                b = b with { Kind = r.Kind };
            }
            else if (r.Kind is QuantityKind.Plain or QuantityKind.Count && !r.HasUnit)
            {
                r = r with { Kind = b.Kind };
            }
            else
            {
                return false;
            }
        }

        if (!ClaimLexicon.Suits(column.Metric, b.Kind) && column.Role == Role.Metric && column.Metric != ClaimMetric.Other)
        {
            return false;
        }

        unit = b.Kind is QuantityKind.Plain or QuantityKind.Count ? ClaimUnit.Count : ProseReader.UnitOf(b.Kind);
        return true;
    }

    private static Quantity Rescale(Quantity q, UnitMatch hint) => q with
    {
        Value = q.Value * hint.Factor,
        High = q.High * hint.Factor,
        Kind = hint.Kind,
        HasUnit = true,
    };

    private static Shape Classify(List<Column> columns, string header, string? caption)
    {
        if (columns.Count < 2 || Words.TableConfig.Any(w => ContainsCue(header, w)))
        {
            return Shape.None;
        }

        var first = columns[0].Name;
        if (Words.TableMetricFirst.Any(h => first.Equals(h, StringComparison.OrdinalIgnoreCase))
            && columns.Skip(1).Count(c => c.Role != Role.Change) >= 2)
        {
            return Shape.MetricFirst;
        }

        if (columns.Any(c => c.Role == Role.Effect))
        {
            return Shape.EffectRows;
        }

        if (!columns.Skip(1).Any(c => c.Role == Role.Metric))
        {
            return Shape.None;
        }

        var comparison = caption is not null && Words.TableComparisonCaption.Any(w => ContainsCue(caption, w));
        var variantHeader = Words.TableVariant.Any(h => ContainsCue(first, h))
                            || columns.Skip(1).Any(c => Words.TableVariantColumn.Any(w => ContainsCue(c.Name, w)));
        return comparison || variantHeader ? Shape.VariantRows : Shape.ScenarioRows;
    }

    /// <summary>Splits a header into column names: "Java 版本" and "GC 压力" are one column each (a Latin word glued to the CJK word after it).</summary>
    private static List<Column> ParseHeader(string header)
    {
        var tokens = header.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var names = new List<string>();
        for (var k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            if (k + 1 < tokens.Length && IsLatin(token) && !IsLatin(tokens[k + 1]) && k + 1 < tokens.Length)
            {
                names.Add(token + " " + tokens[k + 1]);
                k++;
            }
            else
            {
                names.Add(token);
            }
        }

        var columns = new List<Column>(names.Count);
        foreach (var name in names)
        {
            columns.Add(ClassifyColumn(name, columns.Count == 0));
        }

        return columns;
    }

    private static bool IsLatin(string token)
    {
        foreach (var c in token)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        return true;
    }

    private static Column ClassifyColumn(string name, bool isFirst)
    {
        if (Words.TableChange.Any(w => ContainsCue(name, w)))
        {
            return new Column(name, Role.Change, ClaimMetric.Other, ClaimStatistic.Unspecified, null, false);
        }

        if (Words.TableEffect.Any(w => ContainsCue(name, w)))
        {
            return new Column(name, Role.Effect, ClaimMetric.Other, ClaimStatistic.Unspecified, null, false);
        }

        if (!Words.TableVariantColumn.Any(w => ContainsCue(name, w))
            && Words.TableCondition.Any(w => name.Equals(w, StringComparison.OrdinalIgnoreCase)))
        {
            return new Column(name, Role.Condition, ClaimMetric.Other, ClaimStatistic.Unspecified, null, false);
        }

        var metric = ClaimLexicon.FindMetric(name, QuantityKind.Plain);
        if (metric is not null && !isFirst)
        {
            var statistic = ClaimLexicon.FindStatistic(name);
            var upper = Words.TableUpperLimit.Any(w => ContainsCue(name, w));
            return new Column(name, Role.Metric, metric.Value, statistic, UnitHint(name), upper);
        }

        return new Column(name, isFirst ? Role.Label : Role.Text, ClaimMetric.Other, ClaimStatistic.Unspecified, null, false);
    }

    /// <summary>The unit a header gives its bare numbers: "(MB/s)", "(ms)", "/秒", "TPS".</summary>
    private static UnitMatch? UnitHint(string name)
    {
        var open = name.IndexOfAny(['(', '（']);
        if (open >= 0)
        {
            var close = name.IndexOfAny([')', '）'], open);
            var inner = close > open ? name[(open + 1)..close] : name[(open + 1)..];
            if (UnitParser.TryParse(inner, out var unit))
            {
                return unit;
            }
        }

        if (name.EndsWith("/秒", StringComparison.Ordinal) || name.EndsWith("/s", StringComparison.Ordinal)
            || name.Contains("TPS", StringComparison.Ordinal) || name.Contains("QPS", StringComparison.Ordinal))
        {
            return new UnitMatch(QuantityKind.Rate, 1, 0);
        }

        return null;
    }

    /// <summary>
    /// Which variant is the baseline and which the result: cue words first (传统/Java/调优前 vs Go/调优后),
    /// then the one variant the section heading names (TCC in "Go+TCC模式的生产验证"), else first → last.
    /// </summary>
    internal static (int Baseline, int Result) ChooseDirection(IReadOnlyList<string> names, string heading)
    {
        var last = names.Count - 1;
        var baseline = new List<int>();
        var result = new List<int>();
        for (var k = 0; k < names.Count; k++)
        {
            var isBase = Words.TableBaseline.Any(c => ContainsCue(names[k], c));
            var isResult = Words.TableResult.Any(c => ContainsCue(names[k], c)) || StartsWithGo(names[k]);
            if (isBase && !isResult)
            {
                baseline.Add(k);
            }
            else if (isResult && !isBase)
            {
                result.Add(k);
            }
        }

        if (result.Count == 1)
        {
            var r = result[0];
            return (baseline.Count == 1 ? baseline[0] : r == 0 ? 1 : 0, r);
        }

        if (baseline.Count == 1)
        {
            var b = baseline[0];
            return (b, b == last ? last - 1 : last);
        }

        var normalized = Normalize(heading);
        foreach (var latinOnly in (ReadOnlySpan<bool>)[true, false])
        {
            var named = new List<int>();
            for (var k = 0; k < names.Count; k++)
            {
                if (Keys(names[k], latinOnly).Any(key => normalized.Contains(key, StringComparison.Ordinal)))
                {
                    named.Add(k);
                }
            }

            if (named.Count == 1)
            {
                var r = named[0];
                return (r == 0 ? 1 : 0, r);
            }
        }

        return (0, last);
    }

    private static Lexicon Words => Lexicon.Default;

    private static bool ContainsCue(string name, string cue) =>
        char.IsAsciiLetter(cue[0]) ? ClaimLexicon.ContainsWord(name, cue) : name.Contains(cue, StringComparison.Ordinal);

    private static bool StartsWithGo(string name) =>
        name.StartsWith("Go", StringComparison.Ordinal) && (name.Length == 2 || !char.IsAsciiLetter(name[2]));

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c != ' ')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static IEnumerable<string> Keys(string name, bool latin)
    {
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var inRun = i < name.Length && (latin ? char.IsAsciiLetter(name[i]) : name[i] >= 0x2E80);
            if (inRun && start < 0)
            {
                start = i;
            }
            else if (!inRun && start >= 0)
            {
                if (i - start >= 2)
                {
                    yield return name[start..i].ToLowerInvariant();
                }

                start = -1;
            }
        }
    }

    private static string? LanguageIn(string name) => ProgrammingLanguages.FirstIn(name);
}
