using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Entities;
using GoAdoption.Domain.Claims;
using GoAdoption.Domain.Languages;
using GoAdoption.Ingest.Model;
using Npgsql;

/// <summary>
/// Writes the synthetic rows. Enum columns hold the member names EF Core stores; companies, projects and sources are
/// numbered so their names sort as they were generated, and claims are numbered in document order as an import does.
/// On SQLite each table is one prepared insert in one transaction; on PostgreSQL, one binary COPY.
/// </summary>
internal sealed class CatalogGenerator(DbConnection connection, GeneratorOptions options)
{
    private static readonly string[] PassageWords =
        ["service", "latency", "throughput", "migration", "gateway", "payments", "search", "cache", "queue", "cluster",
         "deploy", "goroutine", "rewrite", "traffic", "storage", "billing", "streaming", "scheduler", "index", "proxy"];

    private static readonly string[] Countries = ["US", "CN", "KR", "JP", "DE", "GB", "FR", "IN", "BR", "SG", "NL", "SE", "CA", "AU", "IL"];
    // Canonical names, as the importer stores them (see ProgrammingLanguages).
    private static readonly string[] Languages = ["Java", "Python", "Node.js", "C++", "Ruby", "PHP", ".NET", "Scala"];
    private static readonly string[] DocumentLanguages = ["en", "zh", "ko", "ja"];
    private static readonly string[] Categories = ["orchestration", "database", "messaging", "observability", "networking", "web framework"];

    private static readonly (ClaimMetric Metric, int Weight, ClaimUnit Unit)[] Metrics =
    [
        (ClaimMetric.Latency, 35, ClaimUnit.Milliseconds), (ClaimMetric.Throughput, 20, ClaimUnit.PerSecond),
        (ClaimMetric.Memory, 10, ClaimUnit.Bytes), (ClaimMetric.Cpu, 8, ClaimUnit.Percent), (ClaimMetric.Volume, 7, ClaimUnit.PerDay),
        (ClaimMetric.Instances, 5, ClaimUnit.Count), (ClaimMetric.Cost, 5, ClaimUnit.Percent), (ClaimMetric.StartupTime, 3, ClaimUnit.Milliseconds),
        (ClaimMetric.ErrorRate, 2, ClaimUnit.Percent), (ClaimMetric.GcPause, 2, ClaimUnit.Milliseconds),
        (ClaimMetric.BuildTime, 2, ClaimUnit.Milliseconds), (ClaimMetric.Other, 1, ClaimUnit.Count),
    ];

    private static readonly ClaimStatistic[] LatencyStatistics =
        [ClaimStatistic.P99, ClaimStatistic.P99, ClaimStatistic.Mean, ClaimStatistic.P50, ClaimStatistic.P95, ClaimStatistic.P999, ClaimStatistic.Unspecified];

    private readonly Random _random = new(options.Seed);
    private readonly DateTime _now = DateTime.UtcNow;
    private readonly int _metricWeights = Metrics.Sum(m => m.Weight);

    public async Task WriteAsync()
    {
        var domains = await DomainIdsAsync();

        await InsertAsync("Sources", ["FileName", "Title", "Language", "Form", "LineCount", "ContentHash", "ImportedAt", "Status", "LastAttemptAt", "IngestorBuild", "Warnings", "Origin", "SubjectReasons"],
            options.Sources, (i, v) =>
            {
                v[0] = $"synthetic/doc-{i + 1:D7}.md";
                v[1] = $"Synthetic case study {i + 1}";
                v[2] = DocumentLanguages[i % DocumentLanguages.Length];
                v[3] = nameof(DocumentForm.Markdown);
                v[4] = 400;
                v[5] = Convert.ToHexStringLower(BitConverter.GetBytes(_random.NextInt64()));
                v[6] = _now;
                v[7] = nameof(SourceStatus.Imported);
                v[8] = _now;
                v[9] = "synthetic";
                v[10] = Array.Empty<string>();
                v[11] = nameof(SourceOrigin.Folder);
                v[12] = Array.Empty<string>();
            });

        await InsertAsync("Companies", ["Slug", "Name", "NameKey", "Kind", "Country", "Website", "FromGazetteer"], options.Companies, (i, v) =>
        {
            var name = $"Company {i + 1:D6}";
            v[0] = $"company-{i + 1:D6}";
            v[1] = name;
            v[2] = TextKey.Normalize(name);
            v[3] = i % 10 == 9 ? nameof(CompanyKind.Product) : nameof(CompanyKind.Company);
            v[4] = i % 7 == 6 ? null : Countries[_random.Next(Countries.Length)];
            v[5] = $"company-{i + 1:D6}.example";
            v[6] = false;
        });
        await InsertAsync("CompanyDomains", ["CompaniesId", "DomainsId"], options.Companies * 3 / 2, (i, v) =>
        {
            // Every company gets a domain; every other one a second, different one (offset 1 to n - 1).
            var second = i >= options.Companies;
            var company = second ? (i - options.Companies) * 2 : i;
            var n = domains.Length;
            v[0] = company + 1;
            v[1] = domains[second && n > 1 ? (company % n + 1 + company / n % (n - 1)) % n : company % n];
        });
        await InsertAsync("CompanyAliases", ["CompanyId", "SourceId", "Name", "NameKey"], options.Companies, (i, v) =>
        {
            var alias = $"Company{i + 1:D6} Inc.";
            v[0] = i + 1;
            v[1] = _random.Next(options.Sources) + 1;
            v[2] = alias;
            v[3] = TextKey.Normalize(alias);
        });

        await InsertAsync("Projects", ["Slug", "Name", "NameKey", "Category", "WrittenInGo", "FromGazetteer"], options.Projects, (i, v) =>
        {
            var name = $"Project {i + 1:D5}";
            v[0] = $"project-{i + 1:D5}";
            v[1] = name;
            v[2] = TextKey.Normalize(name);
            v[3] = Categories[i % Categories.Length];
            v[4] = i % 5 != 4;
            v[5] = false;
        });
        await InsertAsync("ProjectDomains", ["DomainsId", "ProjectsId"], options.Projects, (i, v) =>
        {
            v[0] = domains[i % domains.Length];
            v[1] = i + 1;
        });
        await InsertAsync("ProjectAliases", ["ProjectId", "SourceId", "Name", "NameKey"], options.Projects, (i, v) =>
        {
            var alias = $"project{i + 1:D5}";
            v[0] = i + 1;
            v[1] = _random.Next(options.Sources) + 1;
            v[2] = alias;
            v[3] = alias;
        });

        await InsertAsync("UseCases", ["SourceId", "CompanyId", "ProjectId", "System", "Summary", "DomainId", "MigratedFrom", "MigratedFromKey", "LineStart", "LineEnd", "Quote"],
            options.UseCases, (i, v) =>
            {
                var company = i % options.Companies + 1;
                var language = _random.Next(10) < 3 ? Languages[_random.Next(Languages.Length)] : null;
                var line = _random.Next(1, 390);
                v[0] = _random.Next(options.Sources) + 1;
                v[1] = company;
                v[2] = _random.Next(10) < 3 ? _random.Next(options.Projects) + 1 : null;
                v[3] = $"Service {i % 997}";
                v[4] = $"Company {company:D6} runs service {i % 997} in Go.";
                v[5] = domains[_random.Next(domains.Length)];
                v[6] = language;
                v[7] = ProgrammingLanguages.Key(language);
                v[8] = line;
                v[9] = line + 1;
                v[10] = $"Company {company:D6} rewrote service {i % 997} in Go{(language is null ? "" : " from " + language)}.";
            });

        await InsertAsync("Mentions", ["SourceId", "CompanyId", "ProjectId", "AsWritten", "LineStart", "LineEnd", "Quote"], options.Mentions, (i, v) =>
        {
            var source = i / Math.Max(1, options.Mentions / options.Sources) % options.Sources + 1;
            var isProject = _random.Next(100) < 15;
            var subject = isProject ? _random.Next(options.Projects) + 1 : _random.Next(options.Companies) + 1;
            var line = _random.Next(1, 400);
            v[0] = source;
            v[1] = isProject ? null : subject;
            v[2] = isProject ? subject : null;
            v[3] = isProject ? $"Project {subject:D5}" : $"Company {subject:D6}";
            v[4] = line;
            v[5] = line;
            v[6] = $"{v[3]} uses Go in production (line {line}).";
        });

        // Ten passages a document: the text search reads besides the facts.
        await InsertAsync("Passages", ["SourceId", "Kind", "LineStart", "LineEnd", "Text"], options.Sources * 10, (i, v) =>
        {
            var line = i % 10 * 40 + 1;
            v[0] = i / 10 + 1;
            v[1] = nameof(PassageKind.Paragraph);
            v[2] = line;
            v[3] = line + 3;
            v[4] = string.Join(' ', Enumerable.Range(0, 24).Select(_ => PassageWords[_random.Next(PassageWords.Length)]))
                + string.Create(CultureInfo.InvariantCulture, $" at company {_random.Next(options.Companies) + 1:D6}.");
        });

        await InsertAsync("Claims",
            ["SourceId", "CompanyId", "ProjectId", "System", "Metric", "Statistic", "Baseline", "Result", "Unit", "StatedChangePercent", "StatedMultiplier",
             "StatedDelta", "ChangePercent", "Consistency", "MigratedFrom", "MigratedFromKey", "Bound", "CrossSource", "LineStart", "LineEnd", "Quote"],
            options.Claims, (i, v) => WriteClaim(i, v));
    }

    private void WriteClaim(int i, object?[] v)
    {
        var (metric, unit) = PickMetric();
        var shape = _random.Next(10);
        double? baseline = null, result = null, change = null, stated = null;
        if (shape < 7)
        {
            baseline = Math.Round(Magnitude(unit), 1);
            result = Math.Round(baseline.Value * (0.05 + _random.NextDouble() * 3), 1);
            change = Math.Round((result.Value - baseline.Value) / baseline.Value * 100, 1);
            stated = _random.Next(2) == 0 ? Math.Round(change.Value) : null;
        }
        else if (shape < 9)
        {
            result = Math.Round(Magnitude(unit), 1);
        }
        else
        {
            unit = ClaimUnit.Percent;
            stated = -_random.Next(5, 95);
        }

        var consistency = stated is not null && change is not null
            ? (_random.Next(20) == 0 ? ClaimConsistency.Inconsistent : ClaimConsistency.Consistent)
            : ClaimConsistency.Unchecked;
        var language = _random.Next(10) < 3 ? Languages[_random.Next(Languages.Length)] : null;
        var company = _random.Next(10) < 9 ? _random.Next(options.Companies) + 1 : (int?)null;
        var line = 1 + i % 50 * 8;
        var statistic = metric == ClaimMetric.Latency ? LatencyStatistics[_random.Next(LatencyStatistics.Length)] : ClaimStatistic.Unspecified;

        v[0] = i / 50 % options.Sources + 1;
        v[1] = company;
        v[2] = _random.Next(4) == 0 ? _random.Next(options.Projects) + 1 : null;
        v[3] = _random.Next(2) == 0 ? $"Service {i % 997}" : null;
        v[4] = metric.ToString();
        v[5] = statistic.ToString();
        v[6] = baseline;
        v[7] = result;
        v[8] = unit.ToString();
        v[9] = stated;
        v[10] = null;
        v[11] = null;
        v[12] = change;
        v[13] = consistency.ToString();
        v[14] = language;
        v[15] = ProgrammingLanguages.Key(language);
        v[16] = (_random.Next(20) switch { < 12 => ClaimBound.Exact, < 15 => ClaimBound.AtLeast, < 17 => ClaimBound.AtMost, _ => ClaimBound.Approximately }).ToString();
        v[17] = (_random.Next(20) switch { < 16 => ClaimCrossSource.Single, < 19 => ClaimCrossSource.Corroborated, _ => ClaimCrossSource.Conflicting }).ToString();
        v[18] = line;
        v[19] = line + 1;
        v[20] = string.Create(CultureInfo.InvariantCulture,
            $"{(company is null ? "The platform" : $"Company {company:D6}")}: {metric} {baseline?.ToString(CultureInfo.InvariantCulture) ?? "?"} → {result?.ToString(CultureInfo.InvariantCulture) ?? "?"} {unit}.");
    }

    private (ClaimMetric, ClaimUnit) PickMetric()
    {
        var pick = _random.Next(_metricWeights);
        foreach (var (metric, weight, unit) in Metrics)
        {
            if (pick < weight)
                return (metric, unit);
            pick -= weight;
        }
        return (ClaimMetric.Other, ClaimUnit.Count);
    }

    private double Magnitude(ClaimUnit unit) => unit switch
    {
        ClaimUnit.Milliseconds => 1 + _random.NextDouble() * 500,
        ClaimUnit.PerSecond => 100 + _random.NextDouble() * 1_000_000,
        ClaimUnit.PerDay => 1e6 + _random.NextDouble() * 1e11,
        ClaimUnit.Bytes => 1e6 + _random.NextDouble() * 1e10,
        ClaimUnit.Percent => 1 + _random.NextDouble() * 99,
        _ => 1 + _random.Next(10_000),
    };

    private async Task<int[]> DomainIdsAsync()
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id" FROM "Domains" ORDER BY "Id" """;
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            ids.Add(reader.GetInt32(0));
        return [.. ids];
    }

    /// <summary>Inserts <paramref name="count"/> rows: one binary COPY on PostgreSQL, one prepared command in one transaction on SQLite.</summary>
    private async Task InsertAsync(string table, string[] columns, int count, Action<int, object?[]> fill)
    {
        var clock = Stopwatch.StartNew();
        var values = new object?[columns.Length];
        var columnList = string.Join(", ", columns.Select(c => $"\"{c}\""));
        if (connection is NpgsqlConnection postgres)
        {
            await using var copy = await postgres.BeginBinaryImportAsync($"COPY \"{table}\" ({columnList}) FROM STDIN (FORMAT BINARY)");
            for (var row = 0; row < count; row++)
            {
                fill(row, values);
                await copy.StartRowAsync();
                foreach (var value in values)
                    await WriteAsync(copy, value);
            }
            await copy.CompleteAsync();
        }
        else
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({columnList}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
            var parameters = columns.Select((_, i) =>
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + i;
                command.Parameters.Add(parameter);
                return parameter;
            }).ToArray();
            command.Prepare();
            for (var row = 0; row < count; row++)
            {
                fill(row, values);
                for (var c = 0; c < values.Length; c++)
                {
                    // A list of text is a JSON array in a SQLite column, a text[] in a PostgreSQL one.
                    parameters[c].Value = values[c] is string[] list ? System.Text.Json.JsonSerializer.Serialize(list) : values[c] ?? DBNull.Value;
                }
                await command.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table,-16} {count,10:N0} rows  {clock.Elapsed.TotalSeconds,6:F1} s"));
    }

    // COPY's binary format is typed: each value is written as the type its column has.
    private static Task WriteAsync(NpgsqlBinaryImporter copy, object? value) => value switch
    {
        null => copy.WriteNullAsync(),
        int n => copy.WriteAsync(n, NpgsqlTypes.NpgsqlDbType.Integer),
        double d => copy.WriteAsync(d, NpgsqlTypes.NpgsqlDbType.Double),
        bool b => copy.WriteAsync(b, NpgsqlTypes.NpgsqlDbType.Boolean),
        DateTime t => copy.WriteAsync(t, NpgsqlTypes.NpgsqlDbType.TimestampTz),
        string text => copy.WriteAsync(text, NpgsqlTypes.NpgsqlDbType.Text),
        string[] list => copy.WriteAsync(list, NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text),
        _ => throw new ArgumentException($"No column type for {value.GetType()}.", nameof(value)),
    };
}
