// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gateway-core/client/clienterror.h"

#include <QString>

namespace Tollgate::Ui {

/// A sentence a person understands for a failed call, in the user's language. The server's own
/// (English) message is added where it carries detail, e.g. which field is wrong.
QString errorText(const Client::Error &error);

} // namespace Tollgate::Ui
