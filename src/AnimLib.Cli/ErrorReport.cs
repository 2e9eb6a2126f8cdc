using System.Diagnostics;
using AnimLib.Encoding;
using AnimLib.Pipeline;

namespace AnimLib.Cli;

/// <summary>Prints a failed render: the scene, the animation, the message and the stack frames of the user's own code.</summary>
internal static class ErrorReport
{
    public static void Write(CliLog log, string sceneName, Exception e)
    {
        var cause = e is SceneRenderException { InnerException: { } inner } ? inner : e;
        while (cause is System.Reflection.TargetInvocationException { InnerException: { } ie }) cause = ie;
        log.Error(e is SceneRenderException ? $"rendering {e.Message}" : $"rendering {sceneName} failed: {cause.Message}");
        if (FlagHints.For(cause) is { } hint) log.Err.WriteLine($"  {hint}");
        if (cause is not FfmpegException)
        {
            var frames = UserFrames(cause).ToList();
            if (frames.Count > 0)
            {
                log.Err.WriteLine($"  {cause.GetType().Name} raised at:");
                foreach (var f in frames) log.Err.WriteLine($"    {f}");
            }
        }
        if (log.IsDebug || Environment.GetEnvironmentVariable("ANIMLIB_DEBUG") == "1") log.Err.WriteLine(e);
        else log.Err.WriteLine("  (run with --verbosity DEBUG for the full stack trace)");
    }

    /// <summary>Frames of the exception outside the engine and the runtime, up to where the engine called the scene.</summary>
    private static IEnumerable<string> UserFrames(Exception e)
    {
        var engine = typeof(Scene).Assembly;
        foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
        {
            var method = frame.GetMethod();
            var type = method?.DeclaringType;
            if (type is null) continue;
            if (type == typeof(Scene) && method!.Name == nameof(Scene.Run)) yield break;
            var assembly = type.Assembly;
            string? asmName = assembly.GetName().Name;
            if (assembly == engine || asmName is null || asmName.StartsWith("System", StringComparison.Ordinal)
                || asmName.StartsWith("Microsoft", StringComparison.Ordinal) || asmName == "animlib") continue;
            string location = frame.GetFileName() is { } file ? $" in {file}:line {frame.GetFileLineNumber()}" : "";
            yield return $"at {type.FullName}.{method!.Name}{location}";
        }
    }
}
