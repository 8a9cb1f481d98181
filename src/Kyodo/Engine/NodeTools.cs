using System.Diagnostics;

namespace Kyodo.Engine;

/// <summary>
/// Runs the Node-based tools the build uses (Pagefind) and installs them first when needed, so that
/// `kyodo build` and `dotnet test` work on a fresh clone with no separate set-up step.
/// </summary>
public static class NodeTools
{
    /// <summary>
    /// Installs the locked packages in <paramref name="root"/> unless node_modules already matches package-lock.json.
    /// <c>npm ci</c>, never <c>npm install</c>: a build must not change the repository, and <c>npm install</c>
    /// rewrites a lock file it finds incomplete (it added other systems' Pagefind binaries to a fresh clone's lock).
    /// <c>npm ci</c> installs exactly what the lock lists, or fails with npm's reason and leaves every file as it was.
    /// </summary>
    public static (bool Ok, string Output) EnsureInstalled(string root)
    {
        var lockFile = Path.Combine(root, "package-lock.json");
        if (!File.Exists(lockFile)) return (false, "package-lock.json not found in " + root);
        var marker = Path.Combine(root, "node_modules", ".package-lock.json");

        // Several test processes may start at once: one installs, the others wait for it.
        using var gate = AcquireLock(Path.Combine(root, ".npm-install.lock"));
        if (File.Exists(marker) && File.GetLastWriteTimeUtc(marker) >= File.GetLastWriteTimeUtc(lockFile)) return (true, "");
        var (code, output) = Run(root, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        return (code == 0, output);
    }

    public static (int ExitCode, string Output) Run(string workingDirectory, string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, $"{program} could not be started: {ex.Message}");
        }
    }

    private static FileStream AcquireLock(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (attempt < 600)
            {
                Thread.Sleep(500);
            }
        }
    }
}
