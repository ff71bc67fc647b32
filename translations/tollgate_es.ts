<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console/main.cpp" line="+65"/>
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
    <name>Tollgate::Models::AuditModel</name>
    <message>
        <location filename="../models/auditmodel.cpp" line="+105"/>
        <source>succeeded</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::BackupsModel</name>
    <message>
        <location filename="../models/backupsmodel.cpp" line="+109"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::DeploymentsModel</name>
    <message>
        <location filename="../models/catalogmodels.cpp" line="+157"/>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored</source>
        <translation>guardada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Served name</source>
        <translation>Nombre servido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::KeysModel</name>
    <message>
        <location filename="../models/keysmodel.cpp" line="+43"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The previous secret works until %1.</source>
        <translation>El secreto anterior funciona hasta el %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>all subscribed</source>
        <translation>todos los suscritos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend / budget</source>
        <translation>Gasto / presupuesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::ModelsModel</name>
    <message>
        <location filename="../models/catalogmodels.cpp" line="-99"/>
        <source>Restricted</source>
        <translation>Restringido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input / 1M</source>
        <translation>Entrada / 1M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output / 1M</source>
        <translation>Salida / 1M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployments</source>
        <translation>Despliegues</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::NotificationsModel</name>
    <message>
        <location filename="../models/notificationsmodel.cpp" line="+77"/>
        <source>Soft budget crossed</source>
        <translation>Presupuesto flexible superado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget exhausted</source>
        <translation>Presupuesto agotado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key expiring</source>
        <translation>Clave a punto de caducar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test alert</source>
        <translation>Alerta de prueba</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key %1</source>
        <translation>Clave %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (of %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Spend %1 reached the threshold %2</source>
        <translation>El gasto %1 alcanzó el umbral %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires %1</source>
        <translation>Caduca el %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Read</source>
        <translation>Leída</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unread</source>
        <translation>No leída</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::SubscriptionsModel</name>
    <message>
        <location filename="../models/subscriptionsmodel.cpp" line="+37"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::UsersModel</name>
    <message>
        <location filename="../models/usersmodel.cpp" line="+62"/>
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
        <location filename="../ui/aboutpage.h" line="+21"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../ui/aboutpage.cpp" line="+46"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The desktop admin console of Tollgate, models-as-a-service for private AI.</source>
        <translation>La consola de administración de escritorio de Tollgate, modelos como servicio para IA privada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session storage</source>
        <translation>Almacenamiento de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>Tollgate::Ui::AuditPage</name>
    <message>
        <location filename="../ui/auditpage.cpp" line="+228"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel export</source>
        <translation>&amp;Cancelar la exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by actor</source>
        <translation>Filtrar por autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A username from the list, or a user id.</source>
        <translation>Un nombre de usuario de la lista o un id de usuario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by action</source>
        <translation>Filtrar por acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any action, e.g. user. or key.create</source>
        <translation>Cualquier acción, p. ej. user. o key.create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions starting with this text.</source>
        <translation>Acciones que empiezan por este texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by target type</source>
        <translation>Filtrar por tipo de objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any target</source>
        <translation>Cualquier objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by target id</source>
        <translation>Filtrar por id de objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target id</source>
        <translation>Id del objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date (inclusive)</source>
        <translation>Fecha de fin (incluida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the start date</source>
        <translation>Limitar la fecha de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the end date</source>
        <translation>Limitar la fecha de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the audit log</source>
        <translation>Buscar en el registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search names, actions, ids and changes</source>
        <translation>Buscar nombres, acciones, ids y cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the filtered entries</source>
        <translation>Exportar las entradas filtradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the entries of these filters as CSV or JSON.</source>
        <translation>Guarda las entradas de estos filtros en CSV o JSON.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the audit log</source>
        <translation>Recargar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;tor:</source>
        <translation>Au&amp;tor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;cción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar&amp;get:</source>
        <translation>Ob&amp;jetivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Audit entries</source>
        <translation>Entradas de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of audit entries</source>
        <translation>Número de entradas de auditoría</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Selected entry</source>
        <translation>Entrada seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes before and after</source>
        <translation>Cambios antes y después</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading audit entries…</source>
        <translation>Cargando entradas de auditoría…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 entries</source>
        <translation>Mostrando %1 de %2 entradas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select an entry to see what changed.</source>
        <translation>Seleccione una entrada para ver qué cambió.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(system)</source>
        <translation>(sistema)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When: %1</source>
        <translation>Cuándo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: succeeded</source>
        <translation>Resultado: correcto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result: refused</source>
        <translation>Resultado: rechazado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From address: %1</source>
        <translation>Desde la dirección: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request id: %1</source>
        <translation>Id de la solicitud: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no recorded data)</source>
        <translation>(sin datos registrados)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting to %1… %2 entries (%3)</source>
        <translation>Exportando a %1… %2 entradas (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n entrada exportada a %1.</numerusform>
            <numerusform>%n entradas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.h" line="+42"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::BackupsPage</name>
    <message>
        <location filename="../ui/backupspage.cpp" line="+166"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Copiar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;wnload…</source>
        <translation>&amp;Descargar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test restore</source>
        <translation>&amp;Probar la restauración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;store…</source>
        <translation>Re&amp;staurar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the whole store now</source>
        <translation>Copiar ahora todo el almacén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the selected backup</source>
        <translation>Descargar la copia seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-restore the selected backup</source>
        <translation>Probar la restauración de la copia seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected backup</source>
        <translation>Eliminar la copia seleccionada</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload backups</source>
        <translation>Recargar las copias</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Selected backup</source>
        <translation>Copia seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-restore result</source>
        <translation>Resultado de la prueba de restauración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-restore report</source>
        <translation>Informe de la prueba de restauración</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At backup</source>
        <translation>Al copiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored</source>
        <translation>Restauradas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>Coincide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Test-restore report&lt;/b&gt;</source>
        <translation>&lt;b&gt;Informe de la prueba de restauración&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Operation progress</source>
        <translation>Progreso de la operación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup status</source>
        <translation>Estado de la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop following the operation</source>
        <translation>Dejar de seguir la operación</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>No longer following the operation; it goes on at the server.</source>
        <translation>Ya no se sigue la operación; continúa en el servidor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading backups…</source>
        <translation>Cargando copias…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n backup(s).</source>
        <translation>
            <numerusform>%n copia.</numerusform>
            <numerusform>%n copias.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Your role (read-only admin) can see backups but not make, download, restore or delete them.</source>
        <translation>Su rol (administrador de solo lectura) puede ver las copias, pero no crearlas, descargarlas, restaurarlas ni eliminarlas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A consistent copy of the whole store, made while the server runs.</source>
        <translation>Una copia coherente de todo el almacén, hecha con el servidor en marcha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restores into a scratch database and checks it; the live data is not touched.</source>
        <translation>Restaura en una base de datos temporal y la comprueba; los datos en uso no se tocan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces all live data with this backup (asks first).</source>
        <translation>Sustituye todos los datos en uso por esta copia (pregunta antes).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No backups yet.</source>
        <translation>Todavía no hay copias.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a backup.</source>
        <translation>Seleccione una copia.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup: %1</source>
        <translation>Copia: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created: %1 by %2</source>
        <translation>Creada: %1 por %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size: %1 (%2)</source>
        <translation>Tamaño: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1</source>
        <translation>Versión del esquema: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows in %2 tables</source>
        <translation>%1 filas en %2 tablas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: %1…</source>
        <translation>SHA-256: %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not tested in this session. &lt;i&gt;Test restore&lt;/i&gt; restores it into a scratch database and compares every table.</source>
        <translation>No probada en esta sesión. &lt;i&gt;Probar la restauración&lt;/i&gt; la restaura en una base temporal y compara cada tabla.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Starting a backup…</source>
        <translation>Iniciando una copia…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up to %1…</source>
        <translation>Copiando en %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup %1 is ready.</source>
        <translation>La copia %1 está lista.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting a test restore of %1…</source>
        <translation>Iniciando la prueba de restauración de %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test restore of %1 running…</source>
        <translation>Prueba de restauración de %1 en curso…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring %1 into a scratch database…</source>
        <translation>Restaurando %1 en una base temporal…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The test restore succeeded.</source>
        <translation>La prueba de restauración fue correcta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test restore found problems; see the report.</source>
        <translation>La prueba de restauración encontró problemas; vea el informe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;Verified&lt;/b&gt;: the backup restores completely.</source>
        <translation>&lt;b style=&quot;color:#2e7d32&quot;&gt;Verificada&lt;/b&gt;: la copia se restaura por completo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;Problems found&lt;/b&gt;: do not rely on this backup.</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;Problemas encontrados&lt;/b&gt;: no confíe en esta copia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity check: %1</source>
        <translation>Comprobación de integridad: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row counts: all tables match the manifest.</source>
        <translation>Número de filas: todas las tablas coinciden con el manifiesto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row counts: some tables differ from the manifest.</source>
        <translation>Número de filas: algunas tablas difieren del manifiesto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1 at backup, %2 restored, %3 live</source>
        <translation>Versión del esquema: %1 al copiar, %2 restaurada, %3 en uso</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save backup %1</source>
        <translation>Guardar la copia %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Downloading… %1 of %2</source>
        <translation>Descargando… %1 de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>Guardada en %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete backup</source>
        <translation>Eliminar la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete backup %1? Its file is removed from the server; this cannot be undone.</source>
        <translation>¿Eliminar la copia %1? Su archivo se borra del servidor; no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete backup</source>
        <translation>&amp;Eliminar la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the backup for good</source>
        <translation>Eliminar la copia para siempre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleting %1…</source>
        <translation>Eliminando %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup %1 deleted.</source>
        <translation>Copia %1 eliminada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing the restore of %1…</source>
        <translation>Preparando la restauración de %1…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup %1 is restored. The data it replaced is kept in the safety backup %2 (restore that one to undo). Sessions made after the backup have ended; sign in again if asked.</source>
        <translation>La copia %1 está restaurada. Los datos que sustituyó se conservan en la copia de seguridad %2 (restáurela para deshacer). Las sesiones abiertas después de la copia han terminado; vuelva a iniciar sesión si se le pide.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Another restore is running on the server. Nothing was changed; wait for it to end, then choose Restore again.</source>
        <translation>Ya hay otra restauración en curso en el servidor. No se ha cambiado nada; espere a que termine y vuelva a elegir Restaurar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The confirmation has expired (it lasts 5 minutes). Nothing was changed; choose Restore again.</source>
        <translation>La confirmación ha caducado (dura 5 minutos). No se ha cambiado nada; vuelva a elegir Restaurar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server no longer knows this confirmation (already used, or the server restarted). Nothing was changed; choose Restore again.</source>
        <translation>El servidor ya no reconoce esta confirmación (ya se usó o el servidor se reinició). No se ha cambiado nada; vuelva a elegir Restaurar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This confirmation was issued to another admin. Nothing was changed.</source>
        <translation>Esta confirmación se emitió para otro administrador. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This confirmation is for another backup. Nothing was changed; choose Restore again.</source>
        <translation>Esta confirmación es para otra copia. No se ha cambiado nada; vuelva a elegir Restaurar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restore was not confirmed. Nothing was changed.</source>
        <translation>La restauración no se confirmó. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup was made from another kind of database and cannot be restored here. Nothing was changed.</source>
        <translation>Esta copia procede de otro tipo de base de datos y no se puede restaurar aquí. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was made by another version of Tollgate (another schema version) and cannot be restored here. Nothing was changed.</source>
        <translation>Esta copia la hizo otra versión de Tollgate (otra versión del esquema) y no se puede restaurar aquí. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Confirm the restore of %1.</source>
        <translation>Confirme la restauración de %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore cancelled; nothing changed.</source>
        <translation>Restauración cancelada; nada cambió.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restoring %1…</source>
        <translation>Restaurando %1…</translation>
    </message>
    <message>
        <location filename="../ui/backupspage.h" line="+43"/>
        <source>Backup &amp; restore</source>
        <translation>Copia y restauración</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::BannersPage</name>
    <message>
        <location filename="../ui/bannerspage.cpp" line="+38"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danger</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain</source>
        <translation>Neutro</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>&amp;New banner</source>
        <translation>&amp;Nuevo anuncio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banner</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users may &amp;dismiss it</source>
        <translation>Los usuarios pueden &amp;descartarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;language</source>
        <translation>Añadir &amp;idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save banner</source>
        <translation>&amp;Guardar anuncio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+168"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Dele&amp;te…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+26"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Text (English)</source>
        <translation>Texto (inglés)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Dismissible</source>
        <translation>Descartable</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/bannerspage.h" line="+38"/>
        <source>Banners</source>
        <translation>Anuncios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New banner</source>
        <translation>Nuevo anuncio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload banners</source>
        <translation>Recargar anuncios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of banners</source>
        <translation>Número de anuncios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banner being edited</source>
        <translation>Anuncio en edición</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language to add</source>
        <translation>Idioma que añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A language tag such as fr, de or pt-br.</source>
        <translation>Una etiqueta de idioma como fr, de o pt-br.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add language</source>
        <translation>Añadir idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save banner</source>
        <translation>Guardar anuncio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate or deactivate banner</source>
        <translation>Activar o desactivar el anuncio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+294"/>
        <source>Delete banner</source>
        <translation>Eliminar anuncio</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>Banner status</source>
        <translation>Estado del anuncio</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text per language</source>
        <translation>Texto por idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English is required: users whose language has no text see it.</source>
        <translation>El inglés es obligatorio: lo ven los usuarios cuyo idioma no tiene texto.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>“%1” is not a language tag (like fr or pt-br).</source>
        <translation>«%1» no es una etiqueta de idioma (como fr o pt-br).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Loading banners…</source>
        <translation>Cargando anuncios…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The banners could not be loaded: %1</source>
        <translation>No se pudieron cargar los anuncios: %1</translation>
    </message>
    <message>
        <location line="+162"/>
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
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <location line="-212"/>
        <location line="+93"/>
        <source>%n banner(s)</source>
        <translation>
            <numerusform>%n anuncio</numerusform>
            <numerusform>%n anuncios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&lt;b&gt;New banner&lt;/b&gt; (created inactive)</source>
        <translation>&lt;b&gt;Nuevo anuncio&lt;/b&gt; (se crea inactivo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Active banner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anuncio activo&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Inactive banner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anuncio inactivo&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown from %1 until %2.</source>
        <translation>Se muestra desde %1 hasta %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>further notice</source>
        <translation>nuevo aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;activate</source>
        <translation>Des&amp;activar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Text in %1</source>
        <translation>Texto en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Write the English text first: it is shown to everyone whose language has none.</source>
        <translation>Escriba primero el texto en inglés: se muestra a quien no tenga texto en su idioma.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Banner created (inactive).</source>
        <translation>Anuncio creado (inactivo).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Banner saved.</source>
        <translation>Anuncio guardado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Banner deactivated.</source>
        <translation>Anuncio desactivado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Banner activated; any other active banner was deactivated.</source>
        <translation>Anuncio activado; cualquier otro anuncio activo se ha desactivado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete this banner with all its texts? This cannot be undone.</source>
        <translation>¿Eliminar este anuncio con todos sus textos? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Banner deleted.</source>
        <translation>Anuncio eliminado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Another admin changed this banner after you opened it, so it was not saved. Reload to see their version, then make your change again.</source>
        <translation>Otro administrador cambió este anuncio después de que lo abriera, así que no se guardó. Recargue para ver su versión y vuelva a hacer su cambio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your role (read-only admin) can see banners but not change them.</source>
        <translation>Su rol (administrador de solo lectura) puede ver los anuncios pero no cambiarlos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The English text is required.</source>
        <translation>El texto en inglés es obligatorio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the banner first.</source>
        <translation>Guarde primero el anuncio.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::BrandingPage</name>
    <message>
        <location filename="../ui/brandingpage.cpp" line="+38"/>
        <source>Login logo</source>
        <translation>Logotipo de inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header logo (light)</source>
        <translation>Logotipo de cabecera (claro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header logo (dark)</source>
        <translation>Logotipo de cabecera (oscuro)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has %1; the server takes images of at most 2 MB.</source>
        <translation>El archivo ocupa %1; el servidor acepta imágenes de 2 MB como máximo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is not a PNG, JPEG or SVG image.</source>
        <translation>No es una imagen PNG, JPEG ni SVG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image cannot be read; the file may be damaged.</source>
        <translation>No se puede leer la imagen; el archivo puede estar dañado.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>&amp;Save branding</source>
        <translation>&amp;Guardar la marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer</source>
        <translation>Pie de página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most %1 characters.</source>
        <translation>Como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubtitle:</source>
        <translation>S&amp;ubtítulo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Footer:</source>
        <translation>&amp;Pie de página:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logos</source>
        <translation>Logotipos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 thumbnail</source>
        <translation>Miniatura: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 status</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose %1</source>
        <translation>Elegir: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG, JPEG or SVG, at most 2 MB. The dark header uses the light logo when it has none of its own.</source>
        <translation>PNG, JPEG o SVG, 2 MB como máximo. La cabecera oscura usa el logotipo claro si no tiene uno propio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branding status</source>
        <translation>Estado de la marca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save branding</source>
        <translation>Guardar la marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert branding changes</source>
        <translation>Descartar los cambios de la marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the login screen</source>
        <translation>Vista previa de la pantalla de inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Loading the branding…</source>
        <translation>Cargando la marca…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+52"/>
        <source>Loading the logos…</source>
        <translation>Cargando los logotipos…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The branding could not be loaded: %1</source>
        <translation>No se pudo cargar la marca: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The image could not be loaded: %1</source>
        <translation>No se pudo cargar la imagen: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Removed when you save.</source>
        <translation>Se quitará al guardar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New image (%1), uploaded when you save.</source>
        <translation>Imagen nueva (%1), se subirá al guardar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved image (%1).</source>
        <translation>Imagen guardada (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No image.</source>
        <translation>Sin imagen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the %1</source>
        <translation>Elegir: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has %2; the server takes images of at most 2 MB.</source>
        <translation>%1 ocupa %2; el servidor acepta imágenes de 2 MB como máximo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not taken: %2</source>
        <translation>%1 no se ha aceptado: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Branding saved.</source>
        <translation>Marca guardada.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Another admin changed the branding after you loaded it, so your changes were not all saved. Your edits are still here: note them, press Revert to load the current branding, then make them again.</source>
        <translation>Otro administrador cambió la marca después de cargarla, así que no se guardaron todos sus cambios. Siguen aquí: anótelos, pulse Revertir para cargar la marca actual y vuelva a hacerlos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving failed: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your role (read-only admin) can see the branding but not change it.</source>
        <translation>Su rol (administrador de solo lectura) puede ver la marca pero no cambiarla.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing has changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../ui/brandingpage.h" line="+37"/>
        <source>Branding</source>
        <translation>Marca</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ConnectPage</name>
    <message>
        <location filename="../ui/connectpage.cpp" line="+84"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Confiar en este certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept this exact certificate for this server from now on.</source>
        <translation>Aceptar a partir de ahora este certificado exacto para este servidor.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Connect to a Tollgate server.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Conéctese a un servidor Tollgate.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+34"/>
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
    <name>Tollgate::Ui::CreateKeyDialog</name>
    <message>
        <location filename="../ui/keydialogs.cpp" line="+198"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>policy default</source>
        <translation>valor predeterminado de la política</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+7"/>
        <source>At most %1 (key policy).</source>
        <translation>Como máximo %1 (política de claves).</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Requests per minute</source>
        <translation>Solicitudes por minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per minute</source>
        <translation>Tokens por minuto</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Create key</source>
        <translation>&amp;Crear clave</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+1"/>
        <source>New API key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search users</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search owners</source>
        <translation>Buscar propietario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key name</source>
        <translation>Nombre de la clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. CI pipeline</source>
        <translation>p. ej. canalización de CI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum budget</source>
        <translation>Presupuesto máximo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>policy default (%1)</source>
        <translation>predeterminado de la política (%1)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Budget period</source>
        <translation>Periodo del presupuesto</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>daily</source>
        <translation>diario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Expires in days</source>
        <translation>Caduca en días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>policy default (%n day(s))</source>
        <translation>
            <numerusform>predeterminado de la política (%n día)</numerusform>
            <numerusform>predeterminado de la política (%n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At most %n day(s) (key policy).</source>
        <translation>
            <numerusform>Como máximo %n día (política de claves).</numerusform>
            <numerusform>Como máximo %n días (política de claves).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Dialog status</source>
        <translation>Estado del diálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Find owner:</source>
        <translation>Buscar propietario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Propietario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;dels:</source>
        <translation>Mo&amp;delos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;budget:</source>
        <translation>Presupuesto &amp;máx.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget &amp;resets:</source>
        <translation>&amp;Reinicio del presupuesto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expires in:</source>
        <translation>&amp;Caduca en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests/min:</source>
        <translation>Solicitudes/min:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/min:</source>
        <translation>Tokens/min:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Loading users…</source>
        <translation>Cargando usuarios…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No active user matches.</source>
        <translation>Ningún usuario activo coincide.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading the owner&apos;s subscriptions…</source>
        <translation>Cargando las suscripciones del propietario…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has no active subscription: the key will not reach any model until they subscribe.</source>
        <translation>%1 no tiene ninguna suscripción activa: la clave no llegará a ningún modelo hasta que se suscriba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None checked: every model %1 is subscribed to.</source>
        <translation>Ninguno marcado: todos los modelos a los que %1 está suscrito.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key policy has not loaded yet.</source>
        <translation>La política de claves aún no se ha cargado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the key&apos;s owner.</source>
        <translation>Elija el propietario de la clave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the key a name.</source>
        <translation>Dé un nombre a la clave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most %1 characters).</source>
        <translation>El nombre es demasiado largo (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The budget may be at most %1.</source>
        <translation>El presupuesto puede ser como máximo %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A key may live at most %n day(s).</source>
        <translation>
            <numerusform>Una clave puede durar como máximo %n día.</numerusform>
            <numerusform>Una clave puede durar como máximo %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 requests per minute.</source>
        <translation>Como máximo %1 solicitudes por minuto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 tokens per minute.</source>
        <translation>Como máximo %1 tokens por minuto.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Creating the key…</source>
        <translation>Creando la clave…</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.h" line="+40"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="+190"/>
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
        <location line="+24"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active users</source>
        <translation>Usuarios activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed requests</source>
        <translation>Solicitudes fallidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 today</source>
        <translation>%1 hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 this month</source>
        <translation>%1 este mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations</source>
        <translation>Operación</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Pending approvals:</source>
        <translation>Aprobaciones pendientes:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending approvals</source>
        <translation>Aprobaciones pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled models:</source>
        <translation>Modelos habilitados:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled models</source>
        <translation>Modelos habilitados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled deployments:</source>
        <translation>Despliegues habilitados:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled deployments</source>
        <translation>Despliegues habilitados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream errors since the server started:</source>
        <translation>Errores de los servidores de modelos desde el inicio del servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream errors since the server started</source>
        <translation>Errores de los servidores de modelos desde el inicio del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared limits:</source>
        <translation>Límites compartidos:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared limits</source>
        <translation>Límites compartidos</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as:</source>
        <translation>Sesión iniciada como:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness:</source>
        <translation>Disponibilidad:</translation>
    </message>
    <message>
        <location line="-32"/>
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
        <location line="+34"/>
        <source>Refresh dashboard</source>
        <translation>Actualizar el panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic refresh</source>
        <translation>Actualización automática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No automatic refresh</source>
        <translation>Sin actualización automática</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every 30 seconds</source>
        <translation>Cada 30 segundos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every minute</source>
        <translation>Cada minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 5 minutes</source>
        <translation>Cada 5 minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last refresh</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone&apos;s usage (UTC days).</source>
        <translation>Uso de todos (días UTC).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own usage (UTC days).</source>
        <translation>Su propio uso (días UTC).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Updated %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no requests</source>
        <translation>sin solicitudes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 %2</source>
        <comment>amount, currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No enabled model has an enabled deployment: requests to the gateway will fail.</source>
        <translation>Ningún modelo habilitado tiene un despliegue habilitado: las solicitudes a la pasarela fallarán.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>degraded: Redis is unreachable, each replica enforces its share alone</source>
        <translation>degradados: Redis no responde, cada réplica aplica su parte por sí sola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working</source>
        <translation>funcionando</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+187"/>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::DeploymentDialog</name>
    <message>
        <location filename="../ui/modeldialogs.cpp" line="+76"/>
        <source>Add deployment to %1</source>
        <translation>Añadir despliegue a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served name</source>
        <translation>Nombre servido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream API key</source>
        <translation>Clave de API del upstream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional; stored encrypted, never shown again</source>
        <translation>opcional; se guarda cifrada y no se vuelve a mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialog status</source>
        <translation>Estado del diálogo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Served name:</source>
        <translation>Nombre &amp;servido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weight:</source>
        <translation>&amp;Peso:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the upstream&apos;s http(s) address, e.g. http://vllm:8000/v1.</source>
        <translation>Introduzca la dirección http(s) del upstream, p. ej. http://vllm:8000/v1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adding…</source>
        <translation>Añadiendo…</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::EditKeyDialog</name>
    <message>
        <location filename="../ui/keydialogs.cpp" line="+103"/>
        <source>Edit key “%1”</source>
        <translation>Editar la clave «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit API key</source>
        <translation>Editar clave de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>&amp;Parallel:</source>
        <translation>&amp;Paralelas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;budget:</source>
        <translation>&amp;Presupuesto máx.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget &amp;resets:</source>
        <translation>El presupuesto se &amp;reinicia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expires in:</source>
        <translation>&amp;Caduca en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key name</source>
        <translation>Nombre de la clave</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+4"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>At most %1 (key policy).</source>
        <translation>Como máximo %1 (política de claves).</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Maximum budget</source>
        <translation>Presupuesto máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no budget</source>
        <translation>sin presupuesto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget period</source>
        <translation>Periodo del presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never resets</source>
        <translation>nunca se reinicia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>daily</source>
        <translation>diario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expires in days</source>
        <translation>Caduca en días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged (%1)</source>
        <translation>sin cambios (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Days from now; at most %n (key policy).</source>
        <translation>
            <numerusform>Días a partir de ahora; como máximo %n (política de claves).</numerusform>
            <numerusform>Días a partir de ahora; como máximo %n (política de claves).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days from now.</source>
        <translation>Días a partir de ahora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;ver expires</source>
        <translation>No ca&amp;duca nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never expires</source>
        <translation>No caduca nunca</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The key policy wants every key to expire within %n day(s).</source>
        <translation>
            <numerusform>La política de claves exige que cada clave caduque en %n día.</numerusform>
            <numerusform>La política de claves exige que cada clave caduque en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dialog status</source>
        <translation>Estado del diálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save key</source>
        <translation>Guardar la clave</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Give the key a name.</source>
        <translation>Dale un nombre a la clave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most %1 characters).</source>
        <translation>El nombre es demasiado largo (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 requests per minute.</source>
        <translation>Como máximo %1 solicitudes por minuto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 tokens per minute.</source>
        <translation>Como máximo %1 tokens por minuto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The budget may be at most %1.</source>
        <translation>El presupuesto puede ser como máximo %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A key may live at most %n day(s).</source>
        <translation>
            <numerusform>Una clave puede durar como máximo %n día.</numerusform>
            <numerusform>Una clave puede durar como máximo %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving the key…</source>
        <translation>Guardando la clave…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Someone changed this key after you opened it, so nothing was saved. Close this dialog and open it again to see the current values.</source>
        <translation>Alguien cambió esta clave después de que la abrieras, así que no se guardó nada. Cierra este diálogo y ábrelo de nuevo para ver los valores actuales.</translation>
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
        <location line="+3"/>
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
        <location line="+4"/>
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
    <message>
        <location line="-39"/>
        <source>The file cannot be written: %1</source>
        <translation>No se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The operation failed at the server.</source>
        <translation>La operación falló en el servidor.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::KeysPage</name>
    <message>
        <location filename="../ui/keyspage.cpp" line="+135"/>
        <source>&amp;New key…</source>
        <translation>&amp;Nueva clave…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;otate…</source>
        <translation>R&amp;otar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search keys</source>
        <translation>Buscar claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds keys by name, alias or the start of the key.</source>
        <translation>Busca claves por nombre, alias o el comienzo de la clave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by state</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload keys</source>
        <translation>Recargar claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/keyspage.h" line="+33"/>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of keys</source>
        <translation>Número de claves</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New key</source>
        <translation>Nueva clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate key</source>
        <translation>Rotar clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Revoke key</source>
        <translation>Revocar clave</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit key</source>
        <translation>Editar la clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>Delete key</source>
        <translation>Eliminar la clave</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Key status</source>
        <translation>Estado de la clave</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key policy could not be loaded: %1</source>
        <translation>No se pudo cargar la política de claves: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading keys…</source>
        <translation>Cargando claves…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 keys</source>
        <translation>Mostrando %1 de %2 claves</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your role (read-only admin) can see keys but not change them.</source>
        <translation>Su rol (administrador de solo lectura) puede ver las claves, pero no cambiarlas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a key for a user, within the key policy.</source>
        <translation>Crea una clave para un usuario, dentro de la política de claves.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected key a new secret.</source>
        <translation>Da un nuevo secreto a la clave seleccionada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse the selected key from now on.</source>
        <translation>Rechaza la clave seleccionada a partir de ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected key&apos;s name, limits, budget or expiry, within the key policy.</source>
        <translation>Cambiar el nombre, los límites, el presupuesto o la caducidad de la clave seleccionada, dentro de la política de claves.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected key: whoever holds it loses access at once.</source>
        <translation>Eliminar la clave seleccionada: quien la tenga pierde el acceso de inmediato.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key “%1” created.</source>
        <translation>Clave «%1» creada.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revoke the key “%1” (%2) of %3?</source>
        <translation>¿Revocar la clave «%1» (%2) de %3?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests with it are refused from now on. This cannot be undone.</source>
        <translation>Las solicitudes con ella se rechazan desde ahora. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revoke “%1”</source>
        <translation>&amp;Revocar «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm revoke</source>
        <translation>Confirmar revocación</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Key “%1” saved.</source>
        <translation>Clave «%1» guardada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the key “%1” (%2) of %3?</source>
        <translation>¿Eliminar la clave «%1» (%2) de %3?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whoever holds it loses access at once: every request with it is refused from now on. The key leaves this list; this cannot be undone.</source>
        <translation>Quien la tenga pierde el acceso de inmediato: toda solicitud con ella se rechaza desde ahora. La clave sale de esta lista; no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete “%1”</source>
        <translation>&amp;Eliminar «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm delete</source>
        <translation>Confirmar la eliminación</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rotating “%1”…</source>
        <translation>Rotando «%1»…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” has a new secret; the old one is refused.</source>
        <translation>«%1» tiene un nuevo secreto; el anterior se rechaza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has a new secret; the old one works for %2 more.</source>
        <translation>«%1» tiene un nuevo secreto; el anterior funciona %2 más.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revoking “%1”…</source>
        <translation>Revocando «%1»…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is revoked.</source>
        <translation>«%1» está revocada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleting “%1”…</source>
        <translation>Eliminando «%1»…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is deleted.</source>
        <translation>«%1» está eliminada.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::LoginPreview</name>
    <message>
        <location filename="../ui/loginpreview.cpp" line="+116"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Login screen preview, light</source>
        <translation>Vista previa de la pantalla de inicio de sesión, clara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login screen preview, dark</source>
        <translation>Vista previa de la pantalla de inicio de sesión, oscura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header logo preview</source>
        <translation>Vista previa del logotipo de cabecera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login logo preview</source>
        <translation>Vista previa del logotipo de inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title preview</source>
        <translation>Vista previa del título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle preview</source>
        <translation>Vista previa del subtítulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer preview</source>
        <translation>Vista previa del pie de página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+121"/>
        <source>Tollgate Console</source>
        <translation>Consola de Tollgate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests in flight</source>
        <translation>Solicitudes en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session storage</source>
        <translation>Almacenamiento de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh page</source>
        <translation>&amp;Actualizar página</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The previous session could not be resumed: %1</source>
        <translation>No se pudo reanudar la sesión anterior: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n solicitud en curso</numerusform>
            <numerusform>%n solicitudes en curso</numerusform>
        </translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n no leída</numerusform>
            <numerusform>%1, %n no leídas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ModelSyncDialog</name>
    <message>
        <location filename="../ui/modeldialogs.cpp" line="+65"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync models from upstream</source>
        <translation>Sincronizar modelos desde el upstream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream base URL</source>
        <translation>URL base del upstream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream API key</source>
        <translation>Clave de API del upstream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview changes</source>
        <translation>Vista previa de los cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dialog status</source>
        <translation>Estado del diálogo</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Apply checked</source>
        <translation>&amp;Aplicar lo marcado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apply changes</source>
        <translation>Aplicar cambios</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter the upstream&apos;s base URL.</source>
        <translation>Introduzca la URL base del upstream.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking %1 for its models…</source>
        <translation>Consultando los modelos de %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new deployment of an existing model</source>
        <translation>nuevo despliegue de un modelo existente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new model, served as %1</source>
        <translation>modelo nuevo, servido como %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the upstream no longer lists %1</source>
        <translation>el upstream ya no incluye %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The catalogue already has everything this upstream serves.</source>
        <translation>El catálogo ya tiene todo lo que sirve este upstream.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to add, %2 lost by the upstream. Nothing is changed until you apply.</source>
        <translation>%1 por añadir, %2 perdidos por el upstream. Nada cambia hasta que aplique.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added %1, disabled %2.</source>
        <translation>%1 añadidos, %2 desactivados.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ModelsPage</name>
    <message>
        <location filename="../ui/modelspage.cpp" line="+106"/>
        <source>No capabilities</source>
        <translation>Sin capacidades</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>S&amp;ync from upstream…</source>
        <translation>Sincron&amp;izar desde el upstream…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restricted: subscribing needs approval</source>
        <translation>&amp;Restringido: suscribirse requiere aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enabled: the gateway serves it</source>
        <translation>&amp;Activado: la pasarela lo sirve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search models</source>
        <translation>Buscar modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds models by id, name or description.</source>
        <translation>Busca modelos por id, nombre o descripción.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Re&amp;load</source>
        <translation>Recar&amp;gar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload models</source>
        <translation>Recargar modelos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync from upstream</source>
        <translation>Sincronizar desde el upstream</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/modelspage.h" line="+37"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of models</source>
        <translation>Número de modelos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected model</source>
        <translation>Modelo seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Restringido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status</source>
        <translation>Estado del cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployments</source>
        <translation>Despliegues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add deployment</source>
        <translation>Añadir despliegue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Remove deployment</source>
        <translation>Quitar despliegue</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment status</source>
        <translation>Estado del despliegue</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&lt;b&gt;Deployments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Despliegues&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading models…</source>
        <translation>Cargando modelos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 models</source>
        <translation>Mostrando %1 de %2 modelos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your role (read-only admin) can see models but not change them.</source>
        <translation>Su rol (administrador de solo lectura) puede ver los modelos, pero no cambiarlos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare an upstream&apos;s models with the catalogue and add what is new.</source>
        <translation>Compara los modelos de un upstream con el catálogo y añade lo nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask the deployment&apos;s upstream for its models, with a short timeout.</source>
        <translation>Consulta los modelos del upstream del despliegue, con un tiempo de espera corto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;No model selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ningún modelo seleccionado&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Per 1M tokens: input %1, output %2</source>
        <translation>Por 1M de tokens: entrada %1, salida %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, cached input %1</source>
        <translation>, entrada en caché %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context window: %1 tokens</source>
        <translation>Ventana de contexto: %1 tokens</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is restricted: new subscriptions need approval.</source>
        <translation>%1 está restringido: las nuevas suscripciones requieren aprobación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open to every user.</source>
        <translation>%1 está abierto a todos los usuarios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is enabled.</source>
        <translation>%1 está activado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is disabled: the gateway refuses it.</source>
        <translation>%1 está desactivado: la pasarela lo rechaza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed along: %1, %2.</source>
        <translation>Cambiados con ello: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n suscripción</numerusform>
            <numerusform>%n suscripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clave</numerusform>
            <numerusform>%n claves</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deployment at %1 added.</source>
        <translation>Despliegue en %1 añadido.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the deployment of %1 at %2?</source>
        <translation>¿Quitar el despliegue de %1 en %2?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway stops sending requests for %1 there.</source>
        <translation>La pasarela deja de enviar allí solicitudes para %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm remove</source>
        <translation>Confirmar eliminación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removing…</source>
        <translation>Quitando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deployment removed.</source>
        <translation>Despliegue quitado.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Connected in %1 ms; the upstream lists %n model(s).</source>
        <translation>
            <numerusform>Conectado en %1 ms; el upstream incluye %n modelo.</numerusform>
            <numerusform>Conectado en %1 ms; el upstream incluye %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The served name is among them.</source>
        <translation>El nombre servido está entre ellos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The served name is NOT among them.</source>
        <translation>El nombre servido NO está entre ellos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection test failed: %1</source>
        <translation>La prueba de conexión falló: %1</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::NotificationsPage</name>
    <message>
        <location filename="../ui/notificationspage.cpp" line="+36"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>&amp;Unread only</source>
        <translation>Solo no &amp;leídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark read</source>
        <translation>&amp;Marcar como leída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;all read</source>
        <translation>Marcar &amp;todas como leídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Webhook deliveries</source>
        <translation>Envíos de webhook</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Re&amp;load deliveries</source>
        <translation>Re&amp;cargar envíos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test alert</source>
        <translation>Enviar alerta de &amp;prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose alerts</source>
        <translation>Alertas de quién</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>My alerts</source>
        <translation>Mis alertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s alerts</source>
        <translation>Alertas de todos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unread only</source>
        <translation>Solo no leídas</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload notifications</source>
        <translation>Recargar notificaciones</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark selected read</source>
        <translation>Marcar selección como leída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark all read</source>
        <translation>Marcar todas como leídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/notificationspage.h" line="+40"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of notifications</source>
        <translation>Número de notificaciones</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last attempt</source>
        <translation>Último intento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reload webhook deliveries</source>
        <translation>Recargar envíos de webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send test alert</source>
        <translation>Enviar alerta de prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook delivery status</source>
        <translation>Estado de los envíos de webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own alerts, or every user&apos;s.</source>
        <translation>Sus alertas o las de todos los usuarios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only admins can see other users&apos; alerts.</source>
        <translation>Solo los administradores ven las alertas de otros usuarios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends a test alert to every webhook URL now.</source>
        <translation>Envía ahora una alerta de prueba a cada URL de webhook.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role (read-only admin) can see deliveries but not send a test alert.</source>
        <translation>Su rol (administrador de solo lectura) puede ver los envíos pero no enviar una alerta de prueba.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Loading notifications…</source>
        <translation>Cargando notificaciones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing %1 of %2 notifications, %3 unread</source>
        <translation>Mostrando %1 de %2 notificaciones, %3 no leídas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select unread notifications first.</source>
        <translation>Seleccione primero notificaciones no leídas.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading deliveries…</source>
        <translation>Cargando envíos…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing %1 of %2 deliveries</source>
        <translation>Mostrando %1 de %2 envíos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sending a test alert…</source>
        <translation>Enviando una alerta de prueba…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Test alert sent to %n webhook URL(s).</source>
        <translation>
            <numerusform>Alerta de prueba enviada a %n URL de webhook.</numerusform>
            <numerusform>Alerta de prueba enviada a %n URL de webhook.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ReasonDialog</name>
    <message>
        <location filename="../ui/reasondialog.cpp" line="+51"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown to the requester and kept in the history.</source>
        <translation>Se muestra al solicitante y se guarda en el historial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At most %1 characters.</source>
        <translation>Como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reason is required.</source>
        <translation>Se requiere un motivo.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::RestoreDialog</name>
    <message>
        <location filename="../ui/restoredialog.cpp" line="+119"/>
        <source>&amp;Replace all data with this backup</source>
        <translation>&amp;Sustituir todos los datos por esta copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore backup %1</source>
        <translation>Restaurar la copia %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Restoring replaces everything the server holds&lt;/b&gt; — users, keys, models, subscriptions, usage and settings — with the contents of backup &lt;b&gt;%1&lt;/b&gt;. Changes made since the backup are lost, and everyone has to sign in again.</source>
        <translation>&lt;b&gt;Restaurar sustituye todo lo que guarda el servidor&lt;/b&gt; —usuarios, claves, modelos, suscripciones, consumo y ajustes— por el contenido de la copia &lt;b&gt;%1&lt;/b&gt;. Los cambios hechos desde la copia se pierden y todos tendrán que volver a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore warning</source>
        <translation>Aviso de restauración</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows now and in the backup</source>
        <translation>Filas actuales y en la copia</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the backup</source>
        <translation>En la copia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) of this table would be lost.</source>
        <translation>
            <numerusform>Se perdería %n fila de esta tabla.</numerusform>
            <numerusform>Se perderían %n filas de esta tabla.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This confirmation is valid until %1.</source>
        <translation>Esta confirmación es válida hasta las %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To confirm, type the backup&apos;s id &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Para confirmar, escriba el id de la copia &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the backup id to confirm</source>
        <translation>Escriba el id de la copia para confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the backup, replacing all data</source>
        <translation>Restaurar la copia sustituyendo todos los datos</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::RotateKeyDialog</name>
    <message>
        <location filename="../ui/keydialogs.cpp" line="+39"/>
        <location line="+12"/>
        <source>Rotate key</source>
        <translation>Rotar clave</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>A new secret replaces the secret of “%1”. Spend, limits and budget stay. How long may the old secret keep working?</source>
        <translation>Un nuevo secreto sustituye al de «%1». El gasto, los límites y el presupuesto se mantienen. ¿Cuánto tiempo puede seguir funcionando el secreto anterior?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grace period</source>
        <translation>Periodo de gracia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not at all: refuse it at once</source>
        <translation>Nada: rechazarlo de inmediato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 minutes</source>
        <translation>15 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 hours</source>
        <translation>24 horas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old secret works:</source>
        <translation>El secreto anterior funciona:</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SecretDialog</name>
    <message>
        <location line="+48"/>
        <source>New API key</source>
        <translation>Nueva clave de API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rotated API key</source>
        <translation>Clave de API rotada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret of “%1”:</source>
        <translation>El secreto de «%1»:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Copy it now: you will not see this secret again.&lt;/b&gt; Tollgate keeps only a hash of it; if it is lost, rotate the key.</source>
        <translation>&lt;b&gt;Cópielo ahora: no volverá a ver este secreto.&lt;/b&gt; Tollgate solo guarda un hash; si se pierde, rote la clave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy status</source>
        <translation>Estado de la copia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy secret</source>
        <translation>Copiar secreto</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+13"/>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SettingsForm</name>
    <message>
        <location filename="../ui/settingsform.cpp" line="+81"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save %1</source>
        <translation>Guardar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert %1</source>
        <translation>Revertir: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 status</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not be loaded: %1</source>
        <translation>No se pudo cargar: %1</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>daily</source>
        <translation>diario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One per line</source>
        <translation>Una por línea</translation>
    </message>
    <message>
        <location line="+309"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another admin changed these settings after you loaded them, so nothing was saved. Revert to load their values, then make your change again.</source>
        <translation>Otro administrador cambió estos ajustes después de cargarlos, así que no se guardó nada. Revierta para cargar sus valores y vuelva a hacer su cambio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing has changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.cpp" line="+27"/>
        <source>New users, requests per minute</source>
        <translation>Usuarios nuevos, solicitudes por minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The requests-per-minute limit a new user starts with (0: none).</source>
        <translation>El límite de solicitudes por minuto con que empieza un usuario nuevo (0: ninguno).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New users, tokens per minute</source>
        <translation>Usuarios nuevos, tokens por minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tokens-per-minute limit a new user starts with (0: none).</source>
        <translation>El límite de tokens por minuto con que empieza un usuario nuevo (0: ninguno).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New users, parallel requests</source>
        <translation>Usuarios nuevos, solicitudes en paralelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many requests a new user may have running at once (0: none).</source>
        <translation>Cuántas solicitudes a la vez puede tener en curso un usuario nuevo (0: sin límite).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New users, budget</source>
        <translation>Usuarios nuevos, presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The budget a new user starts with, in the display currency; none for no budget.</source>
        <translation>El presupuesto inicial de un usuario nuevo, en la moneda de visualización; ninguno para no tener presupuesto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display currency</source>
        <translation>Moneda de visualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ISO 4217 code prices and costs are shown in, like USD or EUR.</source>
        <translation>El código ISO 4217 en que se muestran precios y costes, como USD o EUR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep usage records</source>
        <translation>Conservar los registros de uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days usage records are kept (1 to 36500).</source>
        <translation>Días que se conservan los registros de uso (1 a 36500).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+2"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Keep the audit log</source>
        <translation>Conservar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days audit entries are kept (1 to 36500).</source>
        <translation>Días que se conservan las entradas de auditoría (1 a 36500).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert webhooks</source>
        <translation>Webhooks de alertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http(s) URLs that receive alerts, one per line, at most 20.</source>
        <translation>URL http(s) que reciben las alertas, una por línea, 20 como máximo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none: no default</source>
        <translation>ninguno: sin valor predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: no maximum</source>
        <translation>ninguno: sin máximo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default requests per minute</source>
        <translation>Solicitudes por minuto predeterminadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum requests per minute</source>
        <translation>Máximo de solicitudes por minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default tokens per minute</source>
        <translation>Tokens por minuto predeterminados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum tokens per minute</source>
        <translation>Máximo de tokens por minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default parallel requests</source>
        <translation>Solicitudes en paralelo predeterminadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum parallel requests</source>
        <translation>Máximo de solicitudes en paralelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default budget</source>
        <translation>Presupuesto predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum budget</source>
        <translation>Presupuesto máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: no maximum; also bounds the soft budget</source>
        <translation>ninguno: sin máximo; también limita el presupuesto flexible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default budget period</source>
        <translation>Periodo de presupuesto predeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default lifetime</source>
        <translation>Vigencia predeterminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days until a new key expires; none: never.</source>
        <translation>Días hasta que caduca una clave nueva; ninguno: nunca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest lifetime</source>
        <translation>Vigencia máxima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active keys per user</source>
        <translation>Claves activas por usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many active keys per user; none: the built-in 10.</source>
        <translation>Como máximo este número de claves activas por usuario; ninguno: el valor integrado de 10.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest rotation grace</source>
        <translation>Periodo de gracia de rotación máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long an old secret may keep working after a rotation, like 1h or 24h; none: 24h.</source>
        <translation>Cuánto tiempo puede seguir funcionando un secreto antiguo tras una rotación, como 1h o 24h; ninguno: 24h.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+50"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Key policy</source>
        <translation>Política de claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defaults and maxima for API keys made in the console and through /api/v1/keys. They bind admins too.</source>
        <translation>Valores predeterminados y máximos de las claves de API creadas en la consola y mediante /api/v1/keys. También se aplican a los administradores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language note</source>
        <translation>Nota sobre el idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Saved: the console uses %1 now and from its next start.</source>
        <translation>Guardado: la consola usa %1 desde ahora y en su próximo inicio.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Your role (read-only admin) can see the settings but not change them.</source>
        <translation>Su rol (administrador de solo lectura) puede ver los ajustes pero no cambiarlos.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.h" line="+32"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SignInPage</name>
    <message>
        <location filename="../ui/signinpage.cpp" line="+94"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change server</source>
        <translation>&amp;Cambiar de servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Username:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Iniciar sesión&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter your username and password.</source>
        <translation>Introduzca su nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+42"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+4"/>
        <source>Cancel single sign-on</source>
        <translation>Cancelar el inicio de sesión único</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Or sign in with your organisation&apos;s account:</source>
        <translation>O inicie sesión con la cuenta de su organización:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sign in with %1</source>
        <translation>Iniciar sesión con %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with %1 in the web browser</source>
        <translation>Iniciar sesión con %1 en el navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens your web browser to sign in; come back here afterwards.</source>
        <translation>Abre el navegador para iniciar sesión; vuelva aquí después.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Continue in your web browser; this window waits for it.</source>
        <translation>Continúe en el navegador; esta ventana lo espera.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SsoSignIn</name>
    <message>
        <location filename="../ui/ssosignin.cpp" line="+34"/>
        <source>The browser sign-in took too long. Try again.</source>
        <translation>El inicio de sesión en el navegador tardó demasiado. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot receive the browser&apos;s answer: %1</source>
        <translation>No se puede recibir la respuesta del navegador: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No web browser could be opened. Open this address yourself: %1</source>
        <translation>No se pudo abrir ningún navegador. Abra usted mismo esta dirección: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Single sign-on was cancelled.</source>
        <translation>Se canceló el inicio de sesión único.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Not here.</source>
        <translation>Aquí no.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This sign-in is not the one Tollgate Console is waiting for.</source>
        <translation>Este inicio de sesión no es el que espera Tollgate Console.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in was refused. You can close this window.</source>
        <translation>Se rechazó el inicio de sesión. Puede cerrar esta ventana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in was refused: %1</source>
        <translation>Se rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in. You can close this window and return to Tollgate Console.</source>
        <translation>Sesión iniciada. Puede cerrar esta ventana y volver a Tollgate Console.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SubscriptionsPage</name>
    <message>
        <location filename="../ui/subscriptionspage.cpp" line="+156"/>
        <location line="+68"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+69"/>
        <source>&amp;Deny…</source>
        <translation>&amp;Denegar…</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Show subscriptions</source>
        <translation>Suscripciones mostradas</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Pending approval</source>
        <translation>Pendientes de aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All subscriptions</source>
        <translation>Todas las suscripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload subscriptions</source>
        <translation>Recargar suscripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of subscriptions</source>
        <translation>Número de suscripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve selected</source>
        <translation>Aprobar selección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deny selected</source>
        <translation>Denegar selección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision status</source>
        <translation>Estado de la decisión</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subscription history</source>
        <translation>Historial de la suscripción</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>History of</source>
        <translation>Historial de</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Subscription approvals</source>
        <translation>Aprobación de suscripciones</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Your role (read-only admin) can see subscriptions but not decide them.</source>
        <translation>Su rol (administrador de solo lectura) puede ver las suscripciones, pero no decidirlas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the selected subscriptions (Ctrl+click to select several).</source>
        <translation>Aprueba las suscripciones seleccionadas (Ctrl+clic para elegir varias).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deny the selected subscriptions, with a reason.</source>
        <translation>Deniega las suscripciones seleccionadas, con un motivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>&amp;Aprobar %n</numerusform>
            <numerusform>&amp;Aprobar %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Deny %n…</source>
        <translation>
            <numerusform>&amp;Denegar %n…</numerusform>
            <numerusform>&amp;Denegar %n…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading subscriptions…</source>
        <translation>Cargando suscripciones…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waits for approval.</source>
        <translation>Nada espera aprobación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 subscriptions</source>
        <translation>Mostrando %1 de %2 suscripciones</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a subscription to see its history.</source>
        <translation>Seleccione una suscripción para ver su historial.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 → %2: loading…</source>
        <translation>%1 → %2: cargando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deny subscriptions</source>
        <translation>Denegar suscripciones</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Why are the %n selected subscription(s) denied?</source>
        <translation>
            <numerusform>¿Por qué se deniega la suscripción seleccionada?</numerusform>
            <numerusform>¿Por qué se deniegan las %n suscripciones seleccionadas?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Deny</source>
        <translation>&amp;Denegar</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Approving %n subscription(s)…</source>
        <translation>
            <numerusform>Aprobando %n suscripción…</numerusform>
            <numerusform>Aprobando %n suscripciones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Denying %n subscription(s)…</source>
        <translation>
            <numerusform>Denegando %n suscripción…</numerusform>
            <numerusform>Denegando %n suscripciones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Approved %n subscription(s).</source>
        <translation>
            <numerusform>%n suscripción aprobada.</numerusform>
            <numerusform>%n suscripciones aprobadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Denied %n subscription(s).</source>
        <translation>
            <numerusform>%n suscripción denegada.</numerusform>
            <numerusform>%n suscripciones denegadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspage.h" line="+34"/>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::UserDetailDialog</name>
    <message>
        <location filename="../ui/userdetaildialog.cpp" line="+127"/>
        <source>API keys of the user</source>
        <translation>Claves de API del usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spend</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions of the user</source>
        <translation>Suscripciones del usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User details</source>
        <translation>Detalles del usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests this month</source>
        <translation>Solicitudes este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens this month</source>
        <translation>Tokens este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost this month</source>
        <translation>Coste este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used</source>
        <translation>Presupuesto usado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading status</source>
        <translation>Estado de la carga</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests:</source>
        <translation>Solicitudes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens:</source>
        <translation>Tokens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost:</source>
        <translation>Coste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used:</source>
        <translation>Presupuesto usado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys and subscriptions</source>
        <translation>Claves y suscripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keys</source>
        <translation>&amp;Claves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bscriptions</source>
        <translation>Sus&amp;cripciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Some details could not be loaded: %1</source>
        <translation>No se pudieron cargar algunos detalles: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+2"/>
        <source>Signs in with: %1</source>
        <translation>Inicia sesión con: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 spent of %2</source>
        <translation>%1 gastado de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No budget set.</source>
        <translation>Sin presupuesto.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No keys.</source>
        <translation>Sin claves.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No subscriptions.</source>
        <translation>Sin suscripciones.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::UsersPage</name>
    <message>
        <location filename="../ui/userspage.cpp" line="+232"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+15"/>
        <source>&amp;Save limits</source>
        <translation>&amp;Guardar límites</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+131"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location line="-170"/>
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
        <location line="+1"/>
        <source>Filter by role</source>
        <translation>Filtrar por rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admins</source>
        <translation>Administradores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read-only admins</source>
        <translation>Administradores de solo lectura</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location filename="../ui/userspage.h" line="+38"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and inactive</source>
        <translation>Activos e inactivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active only</source>
        <translation>Solo activos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive only</source>
        <translation>Solo inactivos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload users</source>
        <translation>Recargar usuarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of users</source>
        <translation>Número de usuarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected user</source>
        <translation>Usuario seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used</source>
        <translation>Presupuesto usado</translation>
    </message>
    <message>
        <location filename="../ui/budgetbar.cpp" line="+30"/>
        <location filename="../ui/userspage.cpp" line="+7"/>
        <source>no budget</source>
        <translation>sin presupuesto</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="+1"/>
        <source>Maximum budget</source>
        <translation>Presupuesto máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget period</source>
        <translation>Periodo del presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never resets</source>
        <translation>nunca se reinicia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>daily</source>
        <translation>diario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change status</source>
        <translation>Estado del cambio</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="-17"/>
        <source>Budget used:</source>
        <translation>Presupuesto usado:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your role (read-only admin) can see users but not change them.</source>
        <translation>Su rol (administrador de solo lectura) puede ver usuarios pero no cambiarlos.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Loading users…</source>
        <translation>Cargando usuarios…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 users</source>
        <translation>Mostrando %1 de %2 usuarios</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+76"/>
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
        <location line="+6"/>
        <source>%1 spent of %2</source>
        <translation>%1 gastado de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 spent, no budget set</source>
        <translation>%1 gastado, sin presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No budget set.</source>
        <translation>Sin presupuesto definido.</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+131"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+131"/>
        <source>Deactivate user</source>
        <translation>Desactivar usuario</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+130"/>
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
    <message>
        <location line="-168"/>
        <source>Deta&amp;ils…</source>
        <translation>Deta&amp;lles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show keys, subscriptions and usage of the user</source>
        <translation>Mostrar las claves, suscripciones y consumo del usuario</translation>
    </message>
</context>
</TS>
