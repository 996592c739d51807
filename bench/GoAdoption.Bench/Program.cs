using BenchmarkDotNet.Running;

// Run one benchmark class by name, e.g.: dotnet run -c Release --project bench/GoAdoption.Bench -- --filter '*Simulation*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
