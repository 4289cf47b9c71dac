using M365PolicyControl.SampleGenerator;

// Writes the sample policies and procedures and their manifest.json; run from the repository root:
//   dotnet run --project tools/M365PolicyControl.SampleGenerator -- [output folder, default provisioning/samples]
var output = args.Length > 0 ? args[0] : Path.Combine("provisioning", "samples");
var written = SampleLibrary.WriteAll(output);
Console.WriteLine($"Wrote {written.Count} documents and manifest.json to {Path.GetFullPath(output)}");
return 0;
