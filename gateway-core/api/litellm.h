// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Tollgate::Http {
class Router;
}

namespace Tollgate::Api {

struct Context;

/// LiteLLM's management API with the master key, so automation written for a LiteLLM proxy
/// (LiteMaaS, the RHDP Ansible collections) runs unchanged: /key/generate, /key/update,
/// /key/delete, /key/info, /key/list, /key/regenerate (and /key/{key}/regenerate), /key/block,
/// /key/unblock, /user/new,
/// /user/info, /user/update, /model/info, /model/new and /model/delete.
namespace LiteLlm {

void addRoutes(Http::Router &router, const Context &context);

} // namespace LiteLlm
} // namespace Tollgate::Api
