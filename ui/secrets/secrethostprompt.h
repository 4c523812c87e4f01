#pragma once

namespace dialogsmith::network {
class SecretHostPolicy;
}

namespace dialogsmith::ui {

/// The studio's one SecretHostPolicy, shared by the preview and Send Test Request so that an
/// answer counts everywhere: the hosts stored with each secret pass; for any other host the user
/// is asked (Allow Once, Always Allow, Deny) in a window-modal question that names the secret
/// and the host. Lives as long as the application.
network::SecretHostPolicy &studioSecretHostPolicy();

} // namespace dialogsmith::ui
