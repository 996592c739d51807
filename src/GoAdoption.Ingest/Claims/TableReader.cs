using System.Text;
using GoAdoption.Domain.Claims;
using GoAdoption.Ingest.Lexicons;
using GoAdoption.Ingest.Model;
using GoAdoption.Ingest.Text;

namespace GoAdoption.Ingest.Claims;

/// <summary>
/// Reads one table, whatever way the document wrote it (a Markdown pipe table, <c>|</c>-separated text, a flattened
/// header of space-separated names): a header row whose cells name the columns, then rows. A row's cells are known for
/// pipe tables; in a flattened row they are its label and then one cell per figure. Four shapes carry claims:
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

    private sealed record Row(ClaimPassage Item, string Label, Dictionary<int, Quantity> Cells);

    /// <summary>A figure of a cell, with what its brackets say about it ("~27 ns/op (단일)": 단일).</summary>
    private sealed record Figure(Quantity Quantity, string? Qualifier);

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
        _columns = ParseHeader(header.Passage);
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
                if (Cells(row, out var label) is { } cells)
                {
                    _rows.Add(new Row(row, label, cells.ToDictionary(p => p.Key, p => p.Value[0].Quantity)));
                }

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
        var baseCells = baseRow.Cells;
        var resultCells = resultRow.Cells;
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
        var cells = Cells(row, out var label);
        var variants = Variants();
        if (cells is null || variants.Count < 2)
        {
            return;
        }

        var (baseIndex, resultIndex) = ChooseDirection(variants.Select(c => _columns[c].Name).ToList(), _heading);
        if (!cells.TryGetValue(variants[resultIndex], out var results))
        {
            return;
        }

        // "-" or "수 초" under the old column: the new figure still stands on its own.
        Quantity? baseline = cells.TryGetValue(variants[baseIndex], out var before) ? before[0].Quantity : null;
        var statistic = ClaimLexicon.FindStatistic(label);
        var stated = StatedChange(row, cells);
        var subject = RowSubject(row) ?? _context;
        // A dash under the old column means the old system had no such figure, not that it was the old language.
        var migratedFrom = IsDash(row, variants[baseIndex]) ? null : LanguageIn(_columns[variants[baseIndex]].Name);
        var at = new Provenance(row.Passage.LineStart, row.Passage.LineEnd, row.Passage.Text.Trim());
        foreach (var figure in results)
        {
            var r = figure.Quantity;
            var b = baseline ?? r;
            var column = new Column(label, Role.Metric, ClaimMetric.Other, statistic, null, false);
            if (!Align(column, ref b, ref r, out var unit) || MetricOf(label, r.Kind) is not { } metric)
            {
                continue;
            }

            var sign = stated is { } s && s.Sign == 0 && baseline is not null ? Math.Sign(r.Central - b.Central) : stated?.Sign ?? 0;
            double? statedChange = stated is not null && sign != 0 && results.Count == 1 ? sign * stated.Value.Magnitude : null;
            var system = results.Count > 1 && figure.Qualifier is { } q ? $"{Strip(label)} ({q})" : null;
            Emit(claims, subject, CaptionAdjusted(metric), statistic, baseline is null ? null : b.Central, r.Central, unit, statedChange,
                baseline is null ? r.Bound : ProseReader.Combine(b.Bound, r.Bound), migratedFrom, at, system);
        }
    }

    private static bool IsDash(ClaimPassage row, int column) =>
        row.Passage.Cells is { } spans && column < spans.Count
        && row.Passage.Text.Substring(spans[column].Start, spans[column].Length).Trim() is "-" or "—" or "–" or "" or "N/A" or "n/a";

    /// <summary>The columns of a metric-first table that hold a variant's figures (all but the label and the change columns).</summary>
    private List<int> Variants()
    {
        var variants = new List<int>();
        for (var c = 1; c < _columns.Count; c++)
        {
            if (_columns[c].Role != Role.Change)
            {
                variants.Add(c);
            }
        }

        return variants;
    }

    /// <summary>
    /// The change a row states in its change column ("**70~80% 절감**", "↓85%"): its size, and which way it goes when an arrow
    /// or a verb in the cell says (0 when only the figures can tell).
    /// </summary>
    private (double Magnitude, int Sign)? StatedChange(ClaimPassage row, Dictionary<int, List<Figure>> cells)
    {
        for (var c = 1; c < _columns.Count; c++)
        {
            if (_columns[c].Role != Role.Change || !cells.TryGetValue(c, out var figures) || figures[0].Quantity.Kind != QuantityKind.Percent)
            {
                continue;
            }

            var change = figures[0].Quantity;
            var sign = change.Arrow;
            if (sign == 0 && row.Passage.Cells is { } spans && c < spans.Count)
            {
                var text = row.Passage.Text;
                var verb = ClaimLexicon.FindVerb(text, spans[c].Start, spans[c].End, change.Start, change.End, spans[c].Length);
                sign = verb?.Direction ?? 0;
            }

            return (change.Central, sign);
        }

        return null;
    }

    /// <summary>The metric a row's label names for a figure of this kind; a label naming none takes the kind's own ("14 ns/op" is a latency).</summary>
    private static ClaimMetric? MetricOf(string label, QuantityKind kind) =>
        ClaimLexicon.FindMetric(label, kind) ?? ClaimLexicon.FindMetric(label, QuantityKind.Percent) switch
        {
            { } named when kind is QuantityKind.Percent or QuantityKind.Plain or QuantityKind.Count => named,
            _ => kind switch
            {
                QuantityKind.Duration => ClaimMetric.Latency,
                QuantityKind.Rate or QuantityKind.ByteRate => ClaimMetric.Throughput,
                QuantityKind.Size => ClaimMetric.Memory,
                QuantityKind.DailyVolume => ClaimMetric.Volume,
                _ => null,
            },
        };

    private void ReadScenarioRow(ClaimPassage row, List<ExtractedClaim> claims)
    {
        if (Cells(row, out _) is not { } cells)
        {
            return;
        }

        var subject = RowSubject(row) ?? _context;
        foreach (var (c, figures) in cells.OrderBy(p => p.Key))
        {
            var column = _columns[c];
            if (column.Role != Role.Metric)
            {
                continue;
            }

            var v = figures[0].Quantity;
            var other = v;
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
        ClaimUnit unit, double? stated, ClaimBound bound, string? migratedFrom, Provenance at, string? system = null)
    {
        var change = ConsistencyChecker.ChangePercent(baseline, result);
        var consistency = ConsistencyChecker.Check(baseline, result, stated, null, null);
        claims.Add(new ExtractedClaim(
            subject.Company, subject.Project, system ?? SystemFor(subject), metric, statistic, baseline, result, unit, stated, null, null, change,
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
    /// A row's figures by column, and its label (the first cell). Known cells each give their figures outside brackets
    /// ("400~800 MB (JVM 힙 + Metaspace)": 400~800 MB); a flattened row's figures are placed on the columns in order.
    /// Null when the figures cannot be placed.
    /// </summary>
    private Dictionary<int, List<Figure>>? Cells(ClaimPassage row, out string label)
    {
        var text = row.Passage.Text;
        if (row.Passage.Cells is { Count: > 0 } spans)
        {
            label = Strip(text.Substring(spans[0].Start, spans[0].Length));
            var known = new Dictionary<int, List<Figure>>();
            for (var c = _columns[0].Role == Role.Condition ? 0 : 1; c < Math.Min(spans.Count, _columns.Count); c++)
            {
                if (CellFigures(text, spans[c]) is { Count: > 0 } figures)
                {
                    known[c] = figures;
                }
            }

            return known;
        }

        var values = Values(text, out var labelEnd);
        label = text[..labelEnd].Trim();
        var placed = _shape == Shape.MetricFirst ? PlaceMetricRow(values) : PlaceCells(values);
        return placed?.ToDictionary(p => p.Key, p => new List<Figure> { new(p.Value, null) });
    }

    /// <summary>The figures of one known cell: quantities outside brackets, each with the bracket that follows it.</summary>
    private static List<Figure> CellFigures(string text, CellSpan span)
    {
        var figures = new List<Figure>();
        var cell = Strip(text.Substring(span.Start, span.Length));
        foreach (var q in QuantityParser.Scan(text, span.Start, span.End))
        {
            if (BracketDepth(text, span.Start, q.Start) > 0)
            {
                continue;
            }

            var alone = q.End - q.Start >= cell.Length - 2 || cell.Length <= 12;
            if (q.HasUnit || q.Kind is QuantityKind.Percent or QuantityKind.Multiplier || alone)
            {
                figures.Add(new Figure(q, QualifierAfter(text, q.End, span.End)));
            }
        }

        return figures;
    }

    private static int BracketDepth(string text, int from, int at)
    {
        var depth = 0;
        for (var k = from; k < at; k++)
        {
            depth += text[k] switch
            {
                '(' or '（' or '[' => 1,
                ')' or '）' or ']' => -1,
                _ => 0,
            };
        }

        return Math.Max(depth, 0);
    }

    private static string? QualifierAfter(string text, int from, int to)
    {
        // "~27 ns/op (단일)": the unit's tail (/op) sits between the figure and its bracket.
        var k = from;
        while (k < to && k - from < 8 && text[k] is not ('(' or '（' or ',' or '，' or '|'))
        {
            k++;
        }

        if (k >= to || text[k] is not ('(' or '（'))
        {
            return null;
        }

        var close = text.IndexOfAny([')', '）'], k);
        return close > k && close <= to ? text[(k + 1)..close].Trim() : null;
    }

    /// <summary>A cell without its emphasis marks ("**런타임 메모리**").</summary>
    private static string Strip(string cell) => cell.Replace("**", string.Empty, StringComparison.Ordinal).Trim().Trim('*', '_', '`').Trim();

    /// <summary>
    /// The value cells of a flattened row: quantities with a unit, or bare numbers standing as their own cell ("3–5", "0(复用)", "500").
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

    /// <summary>A flattened metric row: one figure per variant column in order, then the stated change.</summary>
    private Dictionary<int, Quantity>? PlaceMetricRow(List<Quantity> values)
    {
        var variants = Variants();
        if (values.Count < variants.Count)
        {
            return null;
        }

        var map = new Dictionary<int, Quantity>();
        for (var k = 0; k < variants.Count; k++)
        {
            map[variants[k]] = values[k];
        }

        var change = Enumerable.Range(1, _columns.Count - 1).FirstOrDefault(c => _columns[c].Role == Role.Change);
        if (change > 0 && values.Count > variants.Count)
        {
            map[change] = values[variants.Count];
        }

        return map;
    }

    /// <summary>Assigns a flattened row's values to columns: all numeric columns when the counts match, else the metric columns from the left.</summary>
    private Dictionary<int, Quantity>? PlaceCells(List<Quantity> values)
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

    /// <summary>The columns a header's cells name (a flattened header without known cells is split as one).</summary>
    private static List<Column> ParseHeader(Passage header)
    {
        var names = header.Cells is { } spans
            ? spans.Select(c => Strip(header.Text.Substring(c.Start, c.Length))).ToList()
            : [.. Segmentation.TableCells.SplitFlattenedHeader(header.Text)];
        var columns = new List<Column>(names.Count);
        foreach (var name in names)
        {
            columns.Add(ClassifyColumn(name, columns.Count == 0));
        }

        return columns;
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

    private static string? LanguageIn(string name) => LanguageMentions.FirstIn(name);
}
