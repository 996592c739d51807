using System.Globalization;
using BenchmarkDotNet.Running;
using GoAdoption.Bench;

// Run one benchmark class by name, e.g.: dotnet run -c Release --project bench/GoAdoption.Bench -- --filter '*Simulation*'
// Or write the benchmark's varied copies of the seeds as files, for bench/import/run.sh:
//   dotnet run -c Release --project bench/GoAdoption.Bench -- corpus <folder> <documents>
if (args is ["corpus", var folder, var count])
{
    Directory.CreateDirectory(folder);
    var wanted = int.Parse(count, CultureInfo.InvariantCulture);
    // The builder stops at a size; about 12 KB a document, so ask for enough and keep the first ones.
    foreach (var (name, bytes) in CorpusBuilder.Build(wanted * 16 * 1024, 20_240_601).Take(wanted))
        File.WriteAllBytes(Path.Combine(folder, name), bytes);
    return 0;
}

// Or compare two builds of the importer in one process (bench/ingest/compare.sh builds them):
//   dotnet run -c Release --project bench/GoAdoption.Bench -- compare <baseline build folder> <candidate build folder> <passes>
if (args is ["compare", var baseline, var candidate, var passes])
{
    IngestComparison.Run(baseline, candidate, int.Parse(passes, CultureInfo.InvariantCulture));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
