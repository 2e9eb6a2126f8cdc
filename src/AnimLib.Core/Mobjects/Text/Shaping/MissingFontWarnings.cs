using System.Collections.Concurrent;

namespace AnimLib.Mobjects;

/// <summary>
/// Tells the user, once per family, that a requested font is not installed and which face stands in for it. Text
/// still renders with the substitute, so this is a warning on stderr rather than an exception.
/// </summary>
internal static class MissingFontWarnings
{
    private static readonly ConcurrentDictionary<string, byte> Warned = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where warnings go: one line each, stderr by default; tests replace it to capture them.</summary>
    internal static Action<string> Sink { get; set; } = line => Console.Error.WriteLine(line);

    /// <summary>Writes the warning for <paramref name="family"/> unless it was written before in this process.</summary>
    internal static void Report(string family, string substitute)
    {
        if (!Warned.TryAdd(family, 0)) return;
        Sink(Message(family, substitute));
    }

    /// <summary>The one-line warning for <paramref name="family"/>, naming the stand-in and how to install the font.</summary>
    internal static string Message(string family, string substitute) =>
        $"warning: font \"{family}\" is not installed; text uses \"{substitute}\" instead. {InstallHint(family)}";

    // Debian packages for the families AnimLib's own scenes use; any other family gets a generic hint.
    private static string InstallHint(string family)
    {
        string? package = family.ToLowerInvariant() switch
        {
            "cmu serif" or "cmu sans serif" or "cmu typewriter text" or "cmu concrete" => "fonts-cmu",
            "dejavu sans" or "dejavu serif" or "dejavu sans mono" => "fonts-dejavu-core",
            _ => null,
        };
        bool debian = OperatingSystem.IsLinux() && File.Exists("/etc/debian_version");
        return package is not null && debian
            ? $"Install it with `sudo apt-get install {package}`."
            : $"Install the {family} font.";
    }
}
