namespace AnimLib.Docs.Tests;

/// <summary>Finds the repository root (the folder holding AnimLib.sln) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AnimLib.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("AnimLib.sln not found above " + AppContext.BaseDirectory);
    }
}
