namespace AnimLib.Cli;

/// <summary>
/// A render setting that can come from the command line, <c>animlib.json</c> (project or user) or its default.
/// </summary>
/// <param name="Key">Its key in <c>animlib.json</c> (camelCase).</param>
/// <param name="Flag">Its command-line flag, e.g. <c>--quality</c>.</param>
/// <param name="Alias">Short alias, e.g. <c>-q</c>, or null.</param>
/// <param name="Description">Help text.</param>
/// <param name="Default">Value when nobody sets it (null: decided elsewhere, e.g. the frame rate by the quality).</param>
/// <param name="Validate">Returns an error message for a bad value, listing what is accepted; null when it is valid.</param>
/// <param name="IsFlag">True for on/off switches (<c>--transparent</c>); their values are <c>true</c>/<c>false</c>.</param>
public sealed record CliSetting(string Key, string Flag, string? Alias, string Description, string? Default,
    Func<string, string?> Validate, bool IsFlag = false)
{
    /// <summary>Placeholder shown in help after the flag, e.g. <c>W,H</c>.</summary>
    public string? HelpName { get; init; }
}
