using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Covage.Provider.Http.Errors;

/// <summary>Turns unknown routes, wrong methods and unexpected faults into the error envelope.</summary>
internal static class ErrorHandling
{
    public static void UseCovageErrors(this WebApplication app)
    {
        app.UseExceptionHandler(errorApp => errorApp.Run(async context =>
        {
            var fault = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var error = fault is BadHttpRequestException bad
                ? new ApiError(bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large." : "Invalid input")
                : new ApiError(StatusCodes.Status500InternalServerError, "Unable to serve your request");
            await error.ExecuteAsync(context);
        }));

        app.UseStatusCodePages(async statusContext =>
        {
            var context = statusContext.HttpContext;
            var error = context.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => ApiError.NotFound(),
                StatusCodes.Status405MethodNotAllowed => new ApiError(StatusCodes.Status405MethodNotAllowed, $"Method \"{context.Request.Method}\" not allowed."),
                StatusCodes.Status415UnsupportedMediaType => new ApiError(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type: send application/json."),
                var other => new ApiError(other, "Invalid input"),
            };
            await error.ExecuteAsync(context);
        });
    }
}
