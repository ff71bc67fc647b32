<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console/main.cpp" line="+74"/>
        <source>Session kept in memory only</source>
        <translation>Sesión guardada solo en memoria</translation>
    </message>
</context>
<context>
    <name>Tollgate::Console::SessionKeeper</name>
    <message>
        <location filename="../app/console/sessionkeeper.cpp" line="+21"/>
        <source>Session: checking the keychain…</source>
        <translation>Sesión: comprobando el llavero…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session kept in the system keychain</source>
        <translation>Sesión guardada en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keychain available (%1): the session is kept in memory only</source>
        <translation>No hay llavero disponible (%1): la sesión se guarda solo en memoria</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::UsersModel</name>
    <message>
        <location filename="../models/usersmodel.cpp" line="+109"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend / budget</source>
        <translation>Gasto / presupuesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::AboutPage</name>
    <message>
        <location filename="../ui/aboutpage.h" line="+20"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../ui/aboutpage.cpp" line="+17"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The desktop admin console of Tollgate, models-as-a-service for private AI.</source>
        <translation>La consola de administración de escritorio de Tollgate, modelos como servicio para IA privada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session storage</source>
        <translation>Almacenamiento de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ConnectPage</name>
    <message>
        <location filename="../ui/connectpage.cpp" line="+33"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Confiar en este certificado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept this exact certificate for this server from now on.</source>
        <translation>Aceptar a partir de ahora este certificado exacto para este servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Connect to a Tollgate server.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Conéctese a un servidor Tollgate.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Enter an http:// or https:// address.</source>
        <translation>Introduzca una dirección http:// o https://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected: the server is ready.</source>
        <translation>Conectado: el servidor está listo.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.h" line="+24"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="+31"/>
        <source>Signed-in user</source>
        <translation>Usuario conectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your roles</source>
        <translation>Sus roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server readiness</source>
        <translation>Disponibilidad del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as:</source>
        <translation>Sesión iniciada como:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness:</source>
        <translation>Disponibilidad:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All users:</source>
        <translation>Todos los usuarios:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active:</source>
        <translation>Activos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive:</source>
        <translation>Inactivos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admins:</source>
        <translation>Administradores:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only admins:</source>
        <translation>Administradores de solo lectura:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requests, tokens, cost and upstream health appear here once the server offers usage analytics.</source>
        <translation>Las solicitudes, tokens, costes y el estado de los servicios upstream aparecerán aquí cuando el servidor ofrezca análisis de uso.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="+34"/>
        <source>The server refused the connection. Is it running at this address?</source>
        <translation>El servidor rechazó la conexión. ¿Está en marcha en esta dirección?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s host name is unknown. Check the address.</source>
        <translation>El nombre de host del servidor es desconocido. Compruebe la dirección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No server address is set.</source>
        <translation>No hay ninguna dirección de servidor definida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the server: %1</source>
        <translation>No se puede acceder al servidor: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted (%1). SHA-256 fingerprint: %2</source>
        <translation>El certificado del servidor no es de confianza (%1). Huella SHA-256: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection failed: %1</source>
        <translation>La conexión segura falló: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer was not understood. Is this a Tollgate server?</source>
        <translation>No se entendió la respuesta del servidor. ¿Es un servidor Tollgate?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha terminado. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong username or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos de inicio de sesión. Inténtelo de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos de inicio de sesión. Inténtelo de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many sign-in attempts. Try again later.</source>
        <translation>Demasiados intentos de inicio de sesión. Inténtelo más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this in the meantime. Reload and try again.</source>
        <translation>Otra persona lo ha cambiado mientras tanto. Recargue e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change would leave no active admin.</source>
        <translation>Este cambio dejaría sin ningún administrador activo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role does not allow this.</source>
        <translation>Su rol no lo permite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It no longer exists.</source>
        <translation>Ya no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the input.</source>
        <translation>El servidor rechazó los datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the value of %1.</source>
        <translation>El servidor rechazó el valor de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is not ready (its database may be unreachable).</source>
        <translation>El servidor no está listo (puede que su base de datos no esté accesible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server failed (HTTP %1).</source>
        <translation>El servidor falló (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request failed (HTTP %1).</source>
        <translation>La solicitud falló (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+41"/>
        <source>Tollgate Console</source>
        <translation>Consola de Tollgate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests in flight</source>
        <translation>Solicitudes en curso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session storage</source>
        <translation>Almacenamiento de la sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh page</source>
        <translation>&amp;Actualizar página</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The previous session could not be resumed: %1</source>
        <translation>No se pudo reanudar la sesión anterior: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n solicitud en curso</numerusform>
            <numerusform>%n solicitudes en curso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SignInPage</name>
    <message>
        <location filename="../ui/signinpage.cpp" line="+25"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change server</source>
        <translation>&amp;Cambiar de servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Username:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Iniciar sesión&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter your username and password.</source>
        <translation>Introduzca su nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::UsersPage</name>
    <message>
        <location filename="../ui/userspage.cpp" line="+38"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests per minute</source>
        <translation>Solicitudes por minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per minute</source>
        <translation>Tokens por minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel requests</source>
        <translation>Solicitudes en paralelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save limits</source>
        <translation>&amp;Guardar límites</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+268"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search users</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds users by username, name or email.</source>
        <translation>Busca usuarios por nombre de usuario, nombre o correo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by role</source>
        <translation>Filtrar por rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admins</source>
        <translation>Administradores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only admins</source>
        <translation>Administradores de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <location filename="../ui/userspage.h" line="+34"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and inactive</source>
        <translation>Activos e inactivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active only</source>
        <translation>Solo activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive only</source>
        <translation>Solo inactivos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload users</source>
        <translation>Recargar usuarios</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Number of users</source>
        <translation>Número de usuarios</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Selected user</source>
        <translation>Usuario seleccionado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget used</source>
        <translation>Presupuesto usado</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+186"/>
        <source>no budget</source>
        <translation>sin presupuesto</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Maximum budget</source>
        <translation>Presupuesto máximo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget period</source>
        <translation>Periodo del presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never resets</source>
        <translation>nunca se reinicia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change status</source>
        <translation>Estado del cambio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests/min:</source>
        <translation>Solicitudes/min:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/min:</source>
        <translation>Tokens/min:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel:</source>
        <translation>En paralelo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max budget:</source>
        <translation>Presupuesto máx.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget resets:</source>
        <translation>Reinicio del presupuesto:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Budget used:</source>
        <translation>Presupuesto usado:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Your role (read-only admin) can see users but not change them.</source>
        <translation>Su rol (administrador de solo lectura) puede ver usuarios pero no cambiarlos.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Loading users…</source>
        <translation>Cargando usuarios…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 users</source>
        <translation>Mostrando %1 de %2 usuarios</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;No user selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ningún usuario seleccionado&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Roles: %1</source>
        <translation>Roles: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: active</source>
        <translation>Estado: activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status: inactive</source>
        <translation>Estado: inactivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in: %1</source>
        <translation>Último inicio de sesión: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 spent of %2</source>
        <translation>%1 gastado de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 spent, no budget set</source>
        <translation>%1 gastado, sin presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No budget set.</source>
        <translation>Sin presupuesto definido.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate user</source>
        <translation>Desactivar usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activate user</source>
        <translation>Activar usuario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is active again.</source>
        <translation>%1 vuelve a estar activo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is deactivated; their sessions have ended.</source>
        <translation>%1 está desactivado; sus sesiones han terminado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Limits of %1 saved.</source>
        <translation>Límites de %1 guardados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
</TS>
