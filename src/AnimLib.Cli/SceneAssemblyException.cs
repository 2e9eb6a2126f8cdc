namespace AnimLib.Cli;

/// <summary>A scene assembly could not be found or loaded, or none was given at all; the message says how to fix it.</summary>
public sealed class SceneAssemblyException(string message, Exception? inner = null) : Exception(message, inner);
