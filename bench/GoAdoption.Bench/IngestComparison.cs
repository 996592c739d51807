using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace GoAdoption.Bench;

/// <summary>
/// Two builds of the importer over the ingest benchmark's corpus in one process, passes interleaved (A B, B A, …), so
/// a shared machine's drift falls on both alike and their ratio can be read from one run; separate runs on these
/// machines differ by a third from one minute to the next. Each build is loaded in its own assembly load context from
/// its output folder.
/// </summary>
internal static class IngestComparison
{
    public static void Run(string baselineFolder, string candidateFolder, int passes)
    {
        var corpus = CorpusBuilder.Build(IngestBenchmarks.TargetBytes, 20_240_601);
        var megabytes = corpus.Sum(d => (long)d.Bytes.Length) / 1e6;
        var baseline = Load(baselineFolder);
        var candidate = Load(candidateFolder);

        // Two passes each first: the runtime compiles and then recompiles the hot methods of both builds.
        for (var warmup = 0; warmup < 2; warmup++)
        {
            Pass(baseline, corpus);
            Pass(candidate, corpus);
        }

        var a = new List<double>();
        var b = new List<double>();
        for (var p = 0; p < passes; p++)
        {
            if (p % 2 == 0)
            {
                a.Add(Pass(baseline, corpus));
                b.Add(Pass(candidate, corpus));
            }
            else
            {
                b.Add(Pass(candidate, corpus));
                a.Add(Pass(baseline, corpus));
            }
        }

        var (medianA, medianB) = (Median(a), Median(b));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{corpus.Count} documents, {megabytes:F2} MB, {passes} passes each"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"baseline  median {medianA * 1000:F0} ms  {megabytes / medianA:F2} MB/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"candidate median {medianB * 1000:F0} ms  {megabytes / medianB:F2} MB/s  ({medianA / medianB:F3}x the baseline's speed)"));
    }

    private static Func<string, ReadOnlyMemory<byte>, object> Load(string folder)
    {
        var context = new FolderLoadContext(Path.GetFullPath(folder));
        var assembly = context.LoadFromAssemblyPath(Path.Combine(context.Folder, "GoAdoption.Ingest.dll"));
        var type = assembly.GetType("GoAdoption.Ingest.DocumentIngestor", throwOnError: true)!;
        // Older builds take fewer options (none, before curation and limits): the defaults, whatever the signature.
        var constructor = type.GetConstructors().OrderBy(c => c.GetParameters().Length).First();
        var ingestor = constructor.Invoke(new object?[constructor.GetParameters().Length]);
        var ingest = type.GetMethod("Ingest", [typeof(string), typeof(ReadOnlyMemory<byte>)])!;
        return (name, bytes) => ingest.Invoke(ingestor, [name, bytes])!;
    }

    private static double Pass(Func<string, ReadOnlyMemory<byte>, object> ingest, IReadOnlyList<(string Name, byte[] Bytes)> corpus)
    {
        var clock = Stopwatch.StartNew();
        foreach (var (name, bytes) in corpus)
        {
            ingest(name, bytes);
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    // The build's own copies of its dependencies (Markdig, YamlDotNet, Domain), so neither build sees the other's.
    private sealed class FolderLoadContext(string folder) : AssemblyLoadContext(isCollectible: false)
    {
        public string Folder { get; } = folder;

        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(Folder, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
