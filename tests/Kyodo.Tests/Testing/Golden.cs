namespace Kyodo.Tests.Testing;

/// <summary>
/// Golden files under tests/Kyodo.Tests/Golden: expected output kept in the repository so that a change
/// shows as a diff to review. Run the tests with KYODO_UPDATE_GOLDEN=1 to rewrite them from the output.
/// </summary>
public static class Golden
{
    public static string Folder => Path.Combine(Repo.Root, "tests", "Kyodo.Tests", "Golden");

    public static void Assert(string name, byte[] actual)
    {
        var path = Path.Combine(Folder, name);
        if (Environment.GetEnvironmentVariable("KYODO_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actual);
            return;
        }
        Xunit.Assert.True(File.Exists(path), $"Golden file {name} is missing: run the tests with KYODO_UPDATE_GOLDEN=1 to create it, then review it.");
        var expected = File.ReadAllBytes(path);
        if (expected.AsSpan().SequenceEqual(actual)) return;
        Xunit.Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(actual));
        Xunit.Assert.Fail($"{name}: same text, different bytes (line ends or encoding).");
    }
}
