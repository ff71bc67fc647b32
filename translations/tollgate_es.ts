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
    <name>Tollgate::Models::NotificationsModel</name>
    <message>
        <location filename="../models/notificationsmodel.cpp" line="+96"/>
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
        <location line="+38"/>
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
        <location line="+30"/>
        <source>&amp;New banner</source>
        <translation>&amp;Nuevo anuncio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Banner</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users may &amp;dismiss it</source>
        <translation>Los usuarios pueden &amp;descartarlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;language</source>
        <translation>Añadir &amp;idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save banner</source>
        <translation>&amp;Guardar anuncio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+267"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Dele&amp;te…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Text (English)</source>
        <translation>Texto (inglés)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Dismissible</source>
        <translation>Descartable</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/bannerspage.h" line="+36"/>
        <source>Banners</source>
        <translation>Anuncios</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+14"/>
        <source>Banner being edited</source>
        <translation>Anuncio en edición</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+340"/>
        <source>Delete banner</source>
        <translation>Eliminar anuncio</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>Banner status</source>
        <translation>Estado del anuncio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text per language</source>
        <translation>Texto por idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English is required: users whose language has no text see it.</source>
        <translation>El inglés es obligatorio: lo ven los usuarios cuyo idioma no tiene texto.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“%1” is not a language tag (like fr or pt-br).</source>
        <translation>«%1» no es una etiqueta de idioma (como fr o pt-br).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading banners…</source>
        <translation>Cargando anuncios…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The banners could not be loaded: %1</source>
        <translation>No se pudieron cargar los anuncios: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n banner(s)</source>
        <translation>
            <numerusform>%n anuncio</numerusform>
            <numerusform>%n anuncios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
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
        <location line="+20"/>
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
        <location line="+41"/>
        <source>Text in %1</source>
        <translation>Texto en %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location line="+13"/>
        <source>&amp;Save branding</source>
        <translation>&amp;Guardar la marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer</source>
        <translation>Pie de página</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 characters.</source>
        <translation>Como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Logos</source>
        <translation>Logotipos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 thumbnail</source>
        <translation>Miniatura: %1</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+11"/>
        <source>PNG, JPEG or SVG, at most 2 MB. The dark header uses the light logo when it has none of its own.</source>
        <translation>PNG, JPEG o SVG, 2 MB como máximo. La cabecera oscura usa el logotipo claro si no tiene uno propio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Branding status</source>
        <translation>Estado de la marca</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save branding</source>
        <translation>Guardar la marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert branding changes</source>
        <translation>Descartar los cambios de la marca</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview of the login screen</source>
        <translation>Vista previa de la pantalla de inicio de sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+98"/>
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
        <location filename="../ui/brandingpage.h" line="+35"/>
        <source>Branding</source>
        <translation>Marca</translation>
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
        <location filename="../ui/dashboardpage.h" line="+34"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="+49"/>
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
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
        <source>%1 today</source>
        <translation>%1 hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 this month</source>
        <translation>%1 este mes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Operations</source>
        <translation>Operación</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
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
        <location line="+5"/>
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
        <location line="+8"/>
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
        <location line="+1"/>
        <source>Every 30 seconds</source>
        <translation>Cada 30 segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every minute</source>
        <translation>Cada minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 5 minutes</source>
        <translation>Cada 5 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last refresh</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location line="+83"/>
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
        <location line="+35"/>
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
        <location line="+174"/>
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
    <name>Tollgate::Ui::LoginPreview</name>
    <message>
        <location filename="../ui/loginpreview.cpp" line="+37"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login screen preview, light</source>
        <translation>Vista previa de la pantalla de inicio de sesión, clara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login screen preview, dark</source>
        <translation>Vista previa de la pantalla de inicio de sesión, oscura</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Header logo preview</source>
        <translation>Vista previa del logotipo de cabecera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login logo preview</source>
        <translation>Vista previa del logotipo de inicio de sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title preview</source>
        <translation>Vista previa del título</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subtitle preview</source>
        <translation>Vista previa del subtítulo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Footer preview</source>
        <translation>Vista previa del pie de página</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../ui/mainwindow.cpp" line="+46"/>
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
    <message>
        <location line="+35"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n no leída</numerusform>
            <numerusform>%1, %n no leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n solicitud en curso</numerusform>
            <numerusform>%n solicitudes en curso</numerusform>
        </translation>
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
        <location line="+10"/>
        <source>&amp;Unread only</source>
        <translation>Solo no &amp;leídas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark read</source>
        <translation>&amp;Marcar como leída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;all read</source>
        <translation>Marcar &amp;todas como leídas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>Webhook deliveries</source>
        <translation>Envíos de webhook</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Re&amp;load deliveries</source>
        <translation>Re&amp;cargar envíos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test alert</source>
        <translation>Enviar alerta de &amp;prueba</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whose alerts</source>
        <translation>Alertas de quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My alerts</source>
        <translation>Mis alertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s alerts</source>
        <translation>Alertas de todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread only</source>
        <translation>Solo no leídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload notifications</source>
        <translation>Recargar notificaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark selected read</source>
        <translation>Marcar selección como leída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark all read</source>
        <translation>Marcar todas como leídas</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../ui/notificationspage.h" line="+39"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Number of notifications</source>
        <translation>Número de notificaciones</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+6"/>
        <source>Reload webhook deliveries</source>
        <translation>Recargar envíos de webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send test alert</source>
        <translation>Enviar alerta de prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook delivery status</source>
        <translation>Estado de los envíos de webhook</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your own alerts, or every user&apos;s.</source>
        <translation>Sus alertas o las de todos los usuarios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only admins can see other users&apos; alerts.</source>
        <translation>Solo los administradores ven las alertas de otros usuarios.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sends a test alert to every webhook URL now.</source>
        <translation>Envía ahora una alerta de prueba a cada URL de webhook.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role (read-only admin) can see deliveries but not send a test alert.</source>
        <translation>Su rol (administrador de solo lectura) puede ver los envíos pero no enviar una alerta de prueba.</translation>
    </message>
    <message>
        <location line="+88"/>
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
    <name>Tollgate::Ui::SettingsForm</name>
    <message>
        <location filename="../ui/settingsform.cpp" line="+59"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save %1</source>
        <translation>Guardar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert %1</source>
        <translation>Revertir: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 status</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not be loaded: %1</source>
        <translation>No se pudo cargar: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+12"/>
        <location line="+17"/>
        <location line="+12"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="-11"/>
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
        <location line="+17"/>
        <source>One per line</source>
        <translation>Una por línea</translation>
    </message>
    <message>
        <location line="+189"/>
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
        <location filename="../ui/settingspage.cpp" line="+26"/>
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
        <location line="+23"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key policy</source>
        <translation>Política de claves</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Defaults and maxima for API keys made in the console and through /api/v1/keys. They bind admins too.</source>
        <translation>Valores predeterminados y máximos de las claves de API creadas en la consola y mediante /api/v1/keys. También se aplican a los administradores.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language note</source>
        <translation>Nota sobre el idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved. The console uses %1 from its next start.</source>
        <translation>Guardado. La consola usará %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your role (read-only admin) can see the settings but not change them.</source>
        <translation>Su rol (administrador de solo lectura) puede ver los ajustes pero no cambiarlos.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.h" line="+29"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
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
        <location line="+275"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location line="-271"/>
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
        <location line="+193"/>
        <source>no budget</source>
        <translation>sin presupuesto</translation>
    </message>
    <message>
        <location line="-192"/>
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
        <location line="+58"/>
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
