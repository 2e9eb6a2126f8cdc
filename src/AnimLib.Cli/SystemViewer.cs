using System.Diagnostics;

namespace AnimLib.Cli;

/// <summary>Opens a file or address with the system's default application (Manim's <c>-p</c>).</summary>
internal static class SystemViewer
{
    /// <summary>Opens <paramref name="target"/>; a failure is a warning, never an error of the render.</summary>
    public static void Open(string target, Action<string> warn)
    {
        try
        {
            ProcessStartInfo psi;
            if (OperatingSystem.IsWindows()) psi = new ProcessStartInfo(target) { UseShellExecute = true };
            else
            {
                psi = new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open") { UseShellExecute = false };
                psi.ArgumentList.Add(target);
            }
            using var process = Process.Start(psi);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            warn($"could not open {target} ({e.Message}); open it yourself.");
        }
    }
}
